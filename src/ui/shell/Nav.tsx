import type { MouseEvent } from 'react';
import { updateFragment } from '../../state/location';
import { type Section, sections, shortcutOf } from '../sections';
import { Icon } from './icons';
import { useT } from './useT';

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function Nav({ current }: { current: Section }) {
  const t = useT();
  return (
    <nav className="nav" aria-label={t('shell.navLabel')}>
      <ul className="nav__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              className="nav__link"
              href={`#view=${section.id}`}
              aria-current={section === current ? 'page' : undefined}
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
    </nav>
  );
}
