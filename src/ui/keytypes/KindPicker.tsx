import { variant } from '../shell/cssModule';
import { Icon } from '../shell/icons';
import { useT } from '../shell/useT';
import styles from './keytypes.module.css';
import { type KeyKind, keyKinds } from './kinds';

/** One card per kind of key; pressing a card adds or removes its column in the comparison table. */
export function KindPicker(props: { shown: ReadonlySet<KeyKind>; onToggle: (kind: KeyKind) => void }) {
  const t = useT();
  return (
    <section className={styles.kindPicker} aria-labelledby="kind-picker-label">
      <h2 className={styles.kindPickerLabel} id="kind-picker-label">
        {t('keytypes.compare.label')}
      </h2>
      <div className={styles.kindPickerCards}>
        {keyKinds.map((kind) => {
          const shown = props.shown.has(kind);
          const last = shown && props.shown.size === 1;
          return (
            <button
              key={kind}
              type="button"
              className={`${styles.kindCard} ${variant(styles, 'kindCard', kind)}`}
              aria-pressed={shown}
              aria-disabled={last || undefined}
              aria-describedby={last ? 'kind-picker-last' : undefined}
              onClick={() => props.onToggle(kind)}
            >
              <span className={styles.kindCardName}>{t(`keytypes.kinds.${kind}.name`)}</span>
              <span className={styles.kindCardSummary}>{t(`keytypes.kinds.${kind}.summary`)}</span>
              <span className={styles.kindCardState}>
                <Icon name={shown ? 'check' : 'cross'} />
                {t(shown ? 'keytypes.compare.shown' : 'keytypes.compare.hidden')}
              </span>
            </button>
          );
        })}
      </div>
      {props.shown.size === 1 && (
        <p className={styles.hint} id="kind-picker-last">
          {t('keytypes.compare.lastOne')}
        </p>
      )}
    </section>
  );
}
