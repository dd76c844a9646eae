import { type ReactNode, useEffect, useState } from 'react';
import { scenarioLinkParams } from '../../scenario/codec';
import { readFragment, updateFragment } from '../../state/location';
import { scenarioStore } from '../../state/scenario';
import { ownsKeys } from '../player/useKeyboard';
import { Icon, type IconName } from '../shell/icons';
import { useT } from '../shell/useT';
import styles from './PresentMode.module.css';
import { toggleBlank, usePresentation, usePresentationSync } from './presentation';

/** The presenter window's URL: this one with `presenter` instead of `present`. */
/**
 * The presenter window's address: this window's, with `#presenter` for `#present`, and the scenario and step on
 * screen now written out (`v`, `s`, `step`), whether or not the address already says them. A lesson opened from
 * a link gets its scenario's `s` only after a moment; a presenter window opened before then would otherwise open
 * an empty scenario, on which the projected window's steps have nothing to move.
 */
async function presenterWindowUrl(): Promise<string> {
  const params = readFragment();
  params.set('presenter', params.get('present') ?? '1');
  params.delete('present');
  const { scenario, cursor } = scenarioStore.getState();
  for (const [name, value] of Object.entries(await scenarioLinkParams(scenario, cursor + 1)))
    params.set(name, value);
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
export default function PresentMode({ title, children }: { title: string; children: ReactNode }) {
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

  // Icons only, named for assistive technology and in a tooltip: the bar stays one slim row above the picture.
  const tool = (icon: IconName, name: string, onClick: () => void, pressed?: boolean) => (
    <button
      type="button"
      className={styles.tool}
      title={name}
      aria-label={name}
      aria-pressed={pressed}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );

  const openPresenterWindow = () => {
    // Opened at once, while the click still counts as the learner's (popup blockers), and sent to its address
    // once the link is encoded (a compression stream: asynchronous).
    const opened = window.open('', 'kms-lab-presenter', 'popup,width=900,height=700');
    setPopupBlocked(opened === null);
    if (opened)
      void presenterWindowUrl().then((url) => {
        opened.location.href = url;
      });
  };

  return (
    <div className={styles.presentation} data-presenting="">
      {/* The page's heading for assistive technology; the room sees the picture. */}
      <h1 className="visually-hidden">{t('present.heading', { section: title })}</h1>
      <div className={styles.toolbar} role="toolbar" aria-label={t('present.toolbar')}>
        {tool('notebook', t('present.presenterWindow'), openPresenterWindow)}
        {tool('expand', t(fullScreen ? 'present.exitFullScreen' : 'present.fullScreen'), toggleFullScreen)}
        {tool('blank', t('present.blank'), toggleBlank, blank)}
        {tool('cross', t('present.leave'), leave)}
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
