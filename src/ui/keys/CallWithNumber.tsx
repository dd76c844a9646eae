import { useState } from 'react';
import styles from './panel.module.css';

/**
 * An operation that takes one whole number, as a labelled number input beside the button that calls it
 * (ScheduleKeyDeletion's PendingWindowInDays, EnableKeyRotation's RotationPeriodInDays). The input keeps
 * what the learner typed: an out-of-range value still reaches KMS, which answers with its real
 * ValidationException, as the real service would.
 */
export function CallWithNumber(props: {
  label: string;
  operation: string;
  min: number;
  max: number;
  initial: number;
  danger?: boolean;
  onCall: (value: number) => void;
}) {
  const [value, setValue] = useState(String(props.initial));
  return (
    <span className={styles.klabInline}>
      <label>
        <span>{props.label}</span>
        <input
          type="number"
          inputMode="numeric"
          min={props.min}
          max={props.max}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        className={props.danger ? `${styles.klabButton} ${styles.klabButtonDanger}` : styles.klabButton}
        onClick={() => props.onCall(Number.parseInt(value, 10) || 0)}
      >
        <code>{props.operation}</code>
      </button>
    </span>
  );
}
