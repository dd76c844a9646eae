import { useEffect, useId, useRef, useState } from 'react';
import { type Motion, motions, type Theme, themes, usePreferences } from '../../state/preferences';
import { ChoiceGroup } from './ChoiceGroup';
import { Icon } from './icons';
import styles from './shell.module.css';
import { useT } from './useT';

/**
 * Theme and motion behind one compact button (a disclosure, not a menu: it holds radio groups). Escape or a
 * click or focus elsewhere closes it; Escape puts focus back on the button. Choices apply at once.
 */
export function DisplaySettings() {
  const t = useT();
  const { theme, motion, choose } = usePreferences((s) => s);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    // Tabbing out of the panel closes it, as leaving any disclosure-style popup should.
    const onFocusIn = (event: FocusEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [open]);

  return (
    <div className={styles.displaySettings} ref={root}>
      <button
        ref={button}
        type="button"
        className={`quiet-button ${styles.displaySettingsButton}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name="display" />
        <span>{t('shell.settingsLabel')}</span>
        <Icon name="chevronDown" className={styles.displaySettingsChevron} />
      </button>
      {/*
        The switches exist only while the panel is open: React made their 36 elements, hidden, on every page
        before its first content (issue #15). The panel itself stays, the button's aria-controls names it.
      */}
      <section
        id={panelId}
        className={styles.displaySettingsPanel}
        aria-label={t('shell.settingsLabel')}
        hidden={!open}
      >
        {open && (
          <>
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
          </>
        )}
      </section>
    </div>
  );
}
