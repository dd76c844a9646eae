import { type MouseEvent, useEffect, useRef } from 'react';
import { pageHref, updateFragment } from '../../state/location';
import { listedSectionOf, listedSections, type Section, sectionGroups, shortcutOf } from '../sections';
import { Icon } from './icons';
import styles from './shell.module.css';
import { useT } from './useT';

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The sections in one row, grouped as a learner moves through them: Learn, Do, Observe. The row scrolls
 * sideways when it does not fit (a phone), with a shadow at the side where more links are; the projector theme
 * wraps it group by group instead.
 */
export function Nav({ current }: { current: Section }) {
  const t = useT();
  const currentLink = useRef<HTMLAnchorElement>(null);
  const shown = listedSectionOf(current);
  useEffect(() => {
    // In a scrolled row the current section must be in view (block: 'nearest' leaves the page where it is).
    currentLink.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, []);
  return (
    <nav className={styles.nav} aria-label={t('shell.navLabel')}>
      <ul className={styles.navGroups} data-testid="nav-groups">
        {sectionGroups.map((group) => (
          <li key={group} className={styles.navGroup}>
            <span className={styles.navGroupLabel} id={`nav-group-${group}`}>
              {t(`shell.navGroup.${group}`)}
            </span>
            <ul className={styles.navList} aria-labelledby={`nav-group-${group}`}>
              {listedSections
                .filter((section) => section.group === group)
                .map((section) => (
                  <li key={section.id}>
                    <a
                      ref={section === shown ? currentLink : undefined}
                      className={styles.navLink}
                      href={pageHref(`view=${section.id}`)}
                      aria-current={section === shown ? 'page' : undefined}
                      aria-keyshortcuts={shortcutOf(section)}
                      title={shortcutOf(section)}
                      onClick={(event) => {
                        // Keep the other fragment params (scenario, step); let modified clicks open new tabs.
                        if (!isPlainClick(event)) return;
                        event.preventDefault();
                        updateFragment({ view: section.id });
                      }}
                    >
                      <Icon name={section.icon} />
                      {t(section.titleKey)}
                    </a>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
