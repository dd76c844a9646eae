import { useId, useRef, useState } from 'react';
import styles from '../studio.module.css';

/** A file input behind a button, plus a drop zone (both keyboard- and pointer-friendly). */
export function FilePicker(props: {
  label: string;
  drop: string;
  accept?: string;
  onFile: (file: File) => void;
  disabled: boolean;
  /** The hidden input's test id (browser tests set files on it). */
  testId: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is an extra for pointers; the button is the control
    <div
      className={`${styles.dropzone}${over ? ` ${styles.isOver}` : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file && !props.disabled) props.onFile(file);
      }}
    >
      <button
        type="button"
        className="button"
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </button>
      <span className="dropzone__hint" id={`${id}-hint`}>
        {props.drop}
      </span>
      <input
        ref={input}
        type="file"
        hidden
        accept={props.accept}
        aria-describedby={`${id}-hint`}
        data-testid={props.testId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
    </div>
  );
}
