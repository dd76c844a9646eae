import { Icon } from '../shell/icons';
import { useT } from '../shell/useT';
import { type KeyKind, keyKinds } from './kinds';

/** One card per kind of key; pressing a card adds or removes its column in the comparison table. */
export function KindPicker(props: { shown: ReadonlySet<KeyKind>; onToggle: (kind: KeyKind) => void }) {
  const t = useT();
  return (
    <section className="kind-picker" aria-labelledby="kind-picker-label">
      <h2 className="kind-picker__label" id="kind-picker-label">
        {t('keytypes.compare.label')}
      </h2>
      <div className="kind-picker__cards">
        {keyKinds.map((kind) => {
          const shown = props.shown.has(kind);
          const last = shown && props.shown.size === 1;
          return (
            <button
              key={kind}
              type="button"
              className={`kind-card kind-card--${kind}`}
              aria-pressed={shown}
              aria-disabled={last || undefined}
              aria-describedby={last ? 'kind-picker-last' : undefined}
              onClick={() => props.onToggle(kind)}
            >
              <span className="kind-card__name">{t(`keytypes.kinds.${kind}.name`)}</span>
              <span className="kind-card__summary">{t(`keytypes.kinds.${kind}.summary`)}</span>
              <span className="kind-card__state">
                <Icon name={shown ? 'check' : 'cross'} />
                {t(shown ? 'keytypes.compare.shown' : 'keytypes.compare.hidden')}
              </span>
            </button>
          );
        })}
      </div>
      {props.shown.size === 1 && (
        <p className="hint" id="kind-picker-last">
          {t('keytypes.compare.lastOne')}
        </p>
      )}
    </section>
  );
}
