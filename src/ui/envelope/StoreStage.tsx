import { m } from 'framer-motion';
import { describeMessage } from '../../envelope/index';
import { envelopeMessage } from '../../scenario/clientWorld';
import type { StepView } from '../../scenario/replay';
import { objectName } from '../../scenario/steps/fields';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { ByteMap } from './ByteMap';
import { messageFields } from './bytes';
import { EncryptionContextTable, Note, StepError } from './common';
import { messageFieldAbout, messageFieldName } from './labels';
import styles from './studio.module.css';
import { useReducedMotion } from './studioState';

/**
 * An envelope's byte layout (AWS Encryption SDK message format v2): header with the encryption context and
 * the encrypted data key, then the frames. `flagged` marks bytes an attacker changed.
 */
export function EnvelopeLayout(props: {
  message: Uint8Array;
  label: string;
  edkGroup?: string;
  flagged?: { offset: number; length: number };
}) {
  const t = useT();
  const { message } = props;
  const layout = describeMessage(message, { maxFrames: 8 });
  const fields = messageFields(layout.fields);
  const edk = fields.find((f) => f.name === 'encryptedDataKey');
  return (
    <>
      <ByteMap
        bytes={message}
        label={props.label}
        caption={t('envelope.message.caption', { count: message.length, frames: layout.frameCount })}
        fields={fields}
        flagged={props.flagged}
        fieldName={(field) => messageFieldName(t, field)}
        fieldAbout={(field) => messageFieldAbout(t, field, message)}
        cap={1024}
        {...(props.edkGroup && edk ? { link: { group: props.edkGroup, base: -edk.offset } } : {})}
      />
      {layout.omittedFrames > 0 && (
        <Note>{t('envelope.message.omitted', { count: layout.omittedFrames })}</Note>
      )}
      {layout.problem && (
        <Note tone="warn">{t('envelope.message.problem', { detail: layout.problem.message })}</Note>
      )}
    </>
  );
}

/** Step 4: the encrypted data key is stored beside the encrypted data, in one envelope. */
export function StoreStage({ view }: { view: StepView }) {
  const t = useT();
  const reduced = useReducedMotion();
  const entrances = useEntrances();
  const { step, result } = view;
  if (step?.kind !== 'envelope.store' || result?.kind !== 'envelope.store') return null;
  if (!result.ok) {
    const source = view.client.envelopes[step.envelope];
    return (
      <>
        <StepError error={result.error} title={t('envelope.store.failed')} />
        {source && !envelopeMessage(source) && (
          <Note>{t('envelope.store.fileEnvelope', { step: step.envelope })}</Note>
        )}
      </>
    );
  }
  const name = objectName(step.object);
  const stored = view.client.objects[name];
  const envelope = view.client.envelopes[step.envelope];
  if (!stored) return null;
  return (
    <div className={`${styles.stageBody} stage-body--store`}>
      <m.section
        className={`${styles.box} ${styles.boxStored}`}
        data-testid="box"
        aria-labelledby="store-object"
        {...(reduced
          ? {}
          : { initial: entrances ? { opacity: 0, scale: 0.96 } : false, animate: { opacity: 1, scale: 1 } })}
      >
        <h4 id="store-object">
          {t('envelope.store.title')} <code>{name}</code>
        </h4>
        <p>
          <RichText text={t('envelope.store.summary', { count: stored.message.length })} />
        </p>
        {envelope && (
          <EncryptionContextTable
            context={envelope.encryptionContext}
            caption={t('envelope.store.contextCaption')}
          />
        )}
        <EnvelopeLayout
          message={stored.message}
          label={t('envelope.store.layoutLabel')}
          edkGroup={envelope ? `edk-${envelope.dataKey}` : undefined}
        />
        <Note>{t('envelope.store.note')}</Note>
      </m.section>
    </div>
  );
}
