import { m } from 'framer-motion';
import { describeCiphertextBlob, type TraceStep } from '../../kms/index';
import type { StepView } from '../../scenario/replay';
import { useEntrances } from '../shell/Animations';
import { useT } from '../shell/useT';
import { ByteMap } from './ByteMap';
import { blobFields } from './bytes';
import { EncryptionContextTable, Fact, Note, StepError } from './common';
import { HexView } from './HexView';
import { blobFieldAbout, blobFieldName } from './labels';
import styles from './studio.module.css';
import { useReducedMotion } from './studioState';

/** What a successful GenerateDataKey returned, read from the step's response and trace. */
export interface GeneratedDataKey {
  readonly stepId: string;
  readonly keyArn: string;
  readonly aliasArn?: string;
  readonly keyMaterialId: string;
  readonly version?: { readonly index: number; readonly count: number; readonly current: boolean };
  readonly encryptionContext: Record<string, string>;
  readonly plaintext: Uint8Array;
  readonly ciphertextBlob: Uint8Array;
}

type Traced<C extends TraceStep['code']> = Extract<TraceStep, { code: C }>;
const traceStep = <C extends TraceStep['code']>(trace: readonly TraceStep[], code: C) =>
  trace.find((s): s is Traced<C> => s.code === code);

export function generatedDataKey(view: StepView): GeneratedDataKey | undefined {
  const result = view.result;
  if (result?.kind !== 'kms.call' || !result.ok || !view.step) return undefined;
  const invocation = result.detail.invocation;
  if (!invocation?.ok || invocation.operation !== 'GenerateDataKey') return undefined;
  const response = invocation.response as {
    KeyId: string;
    KeyMaterialId: string;
    Plaintext: Uint8Array;
    CiphertextBlob: Uint8Array;
  };
  const resolved = traceStep(invocation.trace, 'identifier-resolved');
  const backing = traceStep(invocation.trace, 'backing-key-selected');
  const context = result.detail.request.EncryptionContext;
  return {
    stepId: view.step.id,
    keyArn: response.KeyId,
    ...(resolved?.aliasArn ? { aliasArn: resolved.aliasArn } : {}),
    keyMaterialId: response.KeyMaterialId,
    ...(backing
      ? { version: { index: backing.versionIndex, count: backing.versionCount, current: backing.current } }
      : {}),
    encryptionContext:
      context && typeof context === 'object' && !Array.isArray(context)
        ? (context as Record<string, string>)
        : {},
    plaintext: response.Plaintext,
    ciphertextBlob: response.CiphertextBlob,
  };
}

/** Step 1: KMS returns the plaintext data key and the same key encrypted under the KMS key. */
export function GenerateStage({ view }: { view: StepView }) {
  const t = useT();
  const reduced = useReducedMotion();
  const entrances = useEntrances();
  const result = view.result;
  if (result && !result.ok)
    return <StepError error={result.error} title={t('envelope.generate.failed')} view={view} />;
  const generated = generatedDataKey(view);
  if (!generated) return null;
  const fields = blobFields(describeCiphertextBlob(generated.ciphertextBlob));
  // The two outputs leave the KMS box one after the other (transform and opacity only).
  const out = (delay: number) =>
    reduced
      ? {}
      : {
          initial: entrances ? { opacity: 0, x: -32 } : false,
          animate: { opacity: 1, x: 0 },
          transition: { duration: 0.45, delay },
        };
  return (
    <div className={`${styles.stageBody} ${styles.stageBodyGenerate}`}>
      <section className={`${styles.box} ${styles.boxKms}`} data-testid="box" aria-labelledby="generate-kms">
        <h4 id="generate-kms">{t('envelope.generate.kms')}</h4>
        <dl className={styles.facts}>
          {generated.aliasArn && (
            <Fact label={t('envelope.generate.alias')}>
              <code>{generated.aliasArn}</code>
            </Fact>
          )}
          <Fact label={t('envelope.generate.keyArn')}>
            <code>{generated.keyArn}</code>
          </Fact>
          <Fact label={t('envelope.generate.keyMaterialId')}>
            <code className={styles.longId}>{generated.keyMaterialId}</code>
            {generated.version && (
              <span className={styles.factExtra}>
                {t('envelope.generate.version', {
                  version: generated.version.index + 1,
                  count: generated.version.count,
                })}
              </span>
            )}
          </Fact>
        </dl>
        <EncryptionContextTable context={generated.encryptionContext} />
        <Note>{t('envelope.generate.contextNote')}</Note>
      </section>
      <div className={styles.stageArrow} aria-hidden="true">
        →
      </div>
      <div className={styles.stageOutputs}>
        <m.section
          className={`${styles.box} ${styles.boxSecret}`}
          data-testid="box"
          aria-labelledby="generate-plaintext"
          {...out(0.1)}
        >
          <h4 id="generate-plaintext">
            <span className={`${styles.badge} ${styles.badgeSecret}`}>{t('envelope.badge.secret')}</span>
            {t('envelope.generate.plaintext', { count: generated.plaintext.length })}
          </h4>
          <HexView
            bytes={generated.plaintext}
            label={t('envelope.generate.plaintextLabel')}
            link={{ group: `datakey-${generated.stepId}` }}
          />
          <Note>{t('envelope.generate.plaintextNote')}</Note>
        </m.section>
        <m.section
          className={`${styles.box} ${styles.boxStored}`}
          data-testid="box"
          aria-labelledby="generate-encrypted"
          {...out(0.35)}
        >
          <h4 id="generate-encrypted">
            <span className={`${styles.badge} ${styles.badgeStored}`}>{t('envelope.badge.stored')}</span>
            {t('envelope.generate.encrypted', { count: generated.ciphertextBlob.length })}
          </h4>
          <ByteMap
            bytes={generated.ciphertextBlob}
            label={t('envelope.generate.encryptedLabel')}
            caption={t('envelope.blob.caption')}
            fields={fields}
            link={{ group: `edk-${generated.stepId}` }}
            fieldName={(field) => blobFieldName(t, field)}
            fieldAbout={(field) => blobFieldAbout(t, field)}
          />
          <Note tone="warn">{t('envelope.blob.honest')}</Note>
        </m.section>
      </div>
    </div>
  );
}
