import { useState } from 'react';
import { type Lang, languages, t as translate } from '../../i18n';
import { removeQueryParam } from '../../state/location';
import { usePreferences } from '../../state/preferences';
import type { Section } from '../sections';
import { ChoiceGroup } from './ChoiceGroup';
import { DisplaySettings } from './DisplaySettings';
import { Icon } from './icons';
import { Nav } from './Nav';
import styles from './shell.module.css';
import { useLang, useT } from './useT';

/**
 * The top of every page: the product's name, the language switch (findable in either language) and the
 * display settings (theme, motion) behind one button; then the section navigation on a row of its own.
 */
export function Header({ current }: { current: Section }) {
  return (
    <header className="masthead">
      <div className={styles.mastheadTop}>
        <Brand />
        <div className={styles.mastheadSettings}>
          <LanguageSwitch />
          <DisplaySettings />
        </div>
      </div>
      <div className={styles.mastheadToolbar}>
        <Nav current={current} />
      </div>
    </header>
  );
}

function Brand() {
  const t = useT();
  return (
    <div className={styles.brand}>
      <span className={styles.brandMark} aria-hidden="true">
        <Icon name="key" />
      </span>
      <span>
        <span className={styles.brandName}>{t('shell.appName')}</span>
        <span className={styles.brandTagline}>{t('shell.tagline')}</span>
      </span>
    </div>
  );
}

function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const chooseLanguage = usePreferences((s) => s.chooseLanguage);
  // The language being switched to while its messages load: the switch shows the learner's choice at once.
  const [choosing, setChoosing] = useState<Lang>();
  return (
    <ChoiceGroup
      label={t('shell.language.label')}
      // Named in both languages, so a learner who cannot read the current one still finds it.
      accessibleName={languages.map((l) => translate(l, 'shell.language.label')).join(' / ')}
      choices={languages.map((l) => ({ value: l, label: translate(l, 'shell.language.name'), lang: l }))}
      value={choosing ?? lang}
      onChange={(next) => {
        setChoosing(next);
        chooseLanguage(next)
          .then(
            // A shared link's ?lang= was a one-off: the learner's own choice wins from now on.
            () => removeQueryParam('lang'),
            // A catalogue that could not load (offline before the app was saved): the page stays as it was, and
            // choosing the language again asks for it again.
            () => undefined,
          )
          .finally(() => setChoosing((current) => (current === next ? undefined : current)));
      }}
    />
  );
}
