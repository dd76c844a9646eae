import { languages, t as translate } from '../../i18n';
import { removeQueryParam } from '../../state/location';
import { type Motion, motions, type Theme, themes, usePreferences } from '../../state/preferences';
import { ChoiceGroup } from './ChoiceGroup';
import { Icon } from './icons';
import { useLang, useT } from './useT';

/** The product's name and the language switch, which must be findable in either language. */
export function Header() {
  const t = useT();
  const lang = useLang();
  const choose = usePreferences((s) => s.choose);
  return (
    <header className="header">
      <div className="header__brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="key" />
        </span>
        <span>
          <span className="brand-name">{t('shell.appName')}</span>
          <span className="brand-tagline">{t('shell.tagline')}</span>
        </span>
      </div>
      <ChoiceGroup
        label={t('shell.language.label')}
        // Named in both languages, so a learner who cannot read the current one still finds it.
        accessibleName={languages.map((l) => translate(l, 'shell.language.label')).join(' / ')}
        choices={languages.map((l) => ({ value: l, label: translate(l, 'shell.language.name'), lang: l }))}
        value={lang}
        onChange={(next) => {
          choose({ lang: next });
          // A shared link's ?lang= was a one-off: the learner's own choice wins from now on.
          removeQueryParam('lang');
        }}
      />
    </header>
  );
}

/** Theme (light, dark, projector) and motion, next to the navigation. */
export function DisplaySettings() {
  const t = useT();
  const { theme, motion, choose } = usePreferences((s) => s);
  return (
    <section className="display-settings" aria-label={t('shell.settingsLabel')}>
      <ChoiceGroup<Theme>
        label={t('shell.theme.label')}
        choices={themes.map((value) => ({ value, label: t(`shell.theme.${value}`) }))}
        value={theme}
        onChange={(next) => choose({ theme: next })}
      />
      <ChoiceGroup<Motion>
        label={t('shell.motion.label')}
        choices={motions.map((value) => ({ value, label: t(`shell.motion.${value}`) }))}
        value={motion}
        onChange={(next) => choose({ motion: next })}
      />
    </section>
  );
}
