import { useId } from 'react';
import type { Lang } from '../../i18n';
import { Icon } from './icons';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Set when the label is in a language other than the page's (e.g. "English" on a Japanese page). */
  lang?: Lang;
}

/**
 * A segmented control built from native radio buttons: arrow keys move between choices, screen readers
 * announce "n of m", and the chosen one carries a check mark, not only a colour.
 */
export function ChoiceGroup<V extends string>(props: {
  label: string;
  /** A fuller accessible name than the visible label, e.g. the label in both languages. */
  accessibleName?: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div
      className="choice-group"
      role="radiogroup"
      aria-labelledby={props.accessibleName ? undefined : labelId}
      aria-label={props.accessibleName}
    >
      <span
        className="choice-group__label"
        id={labelId}
        aria-hidden={props.accessibleName ? true : undefined}
      >
        {props.label}
      </span>
      <span className="choice-group__options">
        {props.choices.map((choice) => (
          <label className="choice" key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === props.value}
              onChange={() => props.onChange(choice.value)}
            />
            <Icon name="check" className="choice__check" />
            <span lang={choice.lang}>{choice.label}</span>
          </label>
        ))}
      </span>
    </div>
  );
}
