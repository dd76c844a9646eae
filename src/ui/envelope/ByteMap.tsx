import { useState } from 'react';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import type { ByteField } from './bytes';
import { HexView, type HexViewProps } from './HexView';
import styles from './studio.module.css';

export interface ByteMapProps extends Omit<HexViewProps, 'fields' | 'marked' | 'onActive' | 'fieldName'> {
  readonly fields: readonly ByteField[];
  /** Caption of the legend table. */
  readonly caption: string;
  readonly fieldName: (field: ByteField) => string;
  /** One sentence on what the field is for. */
  readonly fieldAbout: (field: ByteField) => string;
}

/**
 * A hex view with its legend: one row per field (offset, length, what it is for). Hovering or focusing a row
 * outlines the field's bytes; hovering or focusing a byte highlights its row. Colour, underline pattern and
 * the row's text all say the same thing, so nothing relies on colour alone.
 */
export function ByteMap(props: ByteMapProps) {
  const t = useT();
  const { fields, caption, fieldName, fieldAbout, ...hex } = props;
  const [marked, setMarked] = useState<ByteField>();
  const [activeByte, setActiveByte] = useState<number>();
  const rowOf = (field: ByteField) =>
    marked === field ||
    (activeByte !== undefined && activeByte >= field.offset && activeByte < field.offset + field.length);

  return (
    <div className="bytemap">
      <HexView {...hex} fields={fields} fieldName={fieldName} marked={marked} onActive={setActiveByte} />
      <table className={styles.bytemapLegend}>
        <caption>
          <RichText text={caption} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('envelope.legend.field')}</th>
            <th scope="col">{t('envelope.legend.offset')}</th>
            <th scope="col">{t('envelope.legend.length')}</th>
            <th scope="col">{t('envelope.legend.about')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr
              key={`${field.offset}-${field.name}`}
              className={rowOf(field) ? styles.isActive : undefined}
              onPointerEnter={() => setMarked(field)}
              onPointerLeave={() => setMarked(undefined)}
            >
              <th scope="row">
                <button
                  type="button"
                  className={styles.bytemapField}
                  aria-pressed={marked === field}
                  onFocus={() => setMarked(field)}
                  onBlur={() => setMarked(undefined)}
                  onClick={() => setMarked(marked === field ? undefined : field)}
                >
                  <span
                    className={`${styles.swatch} ${variant(styles, 'cat', field.category)}`}
                    aria-hidden="true"
                  />
                  <RichText text={fieldName(field)} />
                </button>
              </th>
              <td className={styles.num}>{field.offset}</td>
              <td className={styles.num}>{field.length}</td>
              <td>
                <RichText text={fieldAbout(field)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
