import { MotionConfig } from 'framer-motion';
import { useEffect, useRef } from 'react';
import { updateFragment, useFragmentParam } from '../../state/location';
import { type Motion, usePreferences } from '../../state/preferences';
import { sectionForShortcut, sectionForView } from '../sections';
import { Footer } from './Footer';
import { Header } from './Header';
import { SectionHost } from './SectionHost';
import { useT } from './useT';

/** framer-motion's setting for each motion preference: 'user' follows prefers-reduced-motion. */
const reducedMotion = { system: 'user', reduce: 'always', full: 'never' } as const satisfies Record<
  Motion,
  'user' | 'always' | 'never'
>;

export function Shell() {
  const t = useT();
  const motion = usePreferences((s) => s.motion);
  const section = sectionForView(useFragmentParam('view'));
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = t('shell.documentTitle', { section: t(section.titleKey) });
  }, [t, section]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // event.code, not event.key: on macOS Option+1 types "¡".
      const digit = /^Digit([0-9])$/.exec(event.code)?.[1];
      if (!digit || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = sectionForShortcut(Number(digit));
      if (!target) return;
      event.preventDefault();
      updateFragment({ view: target.id });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <MotionConfig reducedMotion={reducedMotion[motion]}>
      {/* A button, not <a href="#main">: the fragment holds app state (#view=…), so focus moves instead. */}
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('shell.skipLink')}
      </button>
      <Header current={section} />
      <main id="main" className="main" ref={main} tabIndex={-1}>
        <SectionHost key={section.id} section={section} />
      </main>
      <Footer />
    </MotionConfig>
  );
}
