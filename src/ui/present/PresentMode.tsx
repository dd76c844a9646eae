import { type ReactNode, useEffect, useState } from 'react';
import { readFragment, updateFragment } from '../../state/location';
import { ownsKeys } from '../player/useKeyboard';
import { Icon } from '../shell/icons';
import { useT } from '../shell/useT';
import styles from './PresentMode.module.css';
import { toggleBlank, usePresentation, usePresentationSync } from './presentation';

/** The presenter window's URL: this one with `presenter` instead of `present`. */
function presenterWindowUrl(): string {
  const params = readFragment();
  params.delete('present');
  params.set('presenter', '1');
  return `${window.location.pathname}${window.location.search}#${params}`;
}

const inFullScreen = () => document.fullscreenElement !== null;

function toggleFullScreen() {
  if (inFullScreen()) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

const leave = () => updateFragment({ present: null });

/**
 * Presenting (`#present`, issue #12 item 1): the shell shows only the player and the stage, filling the screen;
 * this adds a slim bar (presenter window, full screen, blank, leave) and the keys B (blank), F (full screen)
 * and Esc (leave); the player's own keys step through. The presenter window and this one stay on the same step
 * both ways (presentation.ts).
 */
export default function PresentMode({ children }: { children: ReactNode }) {
  const t = useT();
  usePresentationSync();
  const blank = usePresentation((s) => s.blank);
  const [fullScreen, setFullScreen] = useState(inFullScreen);
  const [popupBlocked, setPopupBlocked] = useState(false);

  useEffect(() => {
    const onChange = () => setFullScreen(inFullScreen());
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKeys(event.target, event.key)) return;
      const key = event.key.toLowerCase();
      if (key === 'b' || key === '.') toggleBlank();
      else if (key === 'f') toggleFullScreen();
      // In full screen the browser takes Escape to leave full screen; the next Escape stops presenting.
      else if (key === 'escape') leave();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const openPresenterWindow = () => {
    const opened = window.open(presenterWindowUrl(), 'kms-lab-presenter', 'popup,width=900,height=700');
    setPopupBlocked(opened === null);
  };

  return (
    <div className={styles.presentation} data-presenting="">
      <div className={styles.toolbar} role="toolbar" aria-label={t('present.toolbar')}>
        <button type="button" className={styles.tool} onClick={openPresenterWindow}>
          <Icon name="notebook" />
          {t('present.presenterWindow')}
        </button>
        <button type="button" className={styles.tool} onClick={toggleFullScreen}>
          <Icon name="expand" />
          {t(fullScreen ? 'present.exitFullScreen' : 'present.fullScreen')}
        </button>
        <button type="button" className={styles.tool} aria-pressed={blank} onClick={toggleBlank}>
          {t('present.blank')}
        </button>
        <button type="button" className={styles.tool} onClick={leave}>
          <Icon name="cross" />
          {t('present.leave')}
        </button>
      </div>
      {popupBlocked && (
        <p className={styles.problem} role="alert">
          {t('present.popupBlocked')}
        </p>
      )}
      <div className={styles.content}>{children}</div>
      {/* Over everything, in the room's eyes; still a live status for whoever uses a screen reader. */}
      {blank && (
        <button type="button" className={styles.blank} onClick={toggleBlank} data-blank="">
          <span className="visually-hidden">{t('present.blanked')}</span>
        </button>
      )}
      <p className="visually-hidden" role="status">
        {blank ? t('present.blanked') : ''}
      </p>
    </div>
  );
}
