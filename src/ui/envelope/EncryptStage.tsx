import { m } from 'framer-motion';
import { lazy, Suspense } from 'react';
import { utf8Encode } from '../../crypto/index';
import { describeMessage, type EnvelopeTrace } from '../../envelope/index';
import { envelopeMessage } from '../../scenario/clientWorld';
import type { StepView } from '../../scenario/replay';
import type { FileFingerprint } from '../../scenario/steps/envelopeEncrypt';
import type { StepFailure } from '../../scenario/steps/kind';
import { sessionFiles } from '../../state/sessionFiles';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { ByteMap } from './ByteMap';
import { groupedHex, humanBytes, messageFields } from './bytes';
import { DownloadLink, Fact, Note, StepError } from './common';
import { ENVELOPE_SUFFIX } from './compose';
import { HexView } from './HexView';
import { messageFieldAbout, messageFieldName } from './labels';
import styles from './studio.module.css';
import { useReducedMotion } from './studioState';

/** The encrypted content of every frame, in order: ciphertext byte i comes from plaintext byte i. */
export function encryptedContent(message: Uint8Array): Uint8Array {
  const parts = messageFields(describeMessage(message, { maxFrames: Number.MAX_SAFE_INTEGER }).fields).filter(
    (f) => f.name === 'encryptedContent',
  );
  const out = new Uint8Array(parts.reduce((n, f) => n + f.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(message.subarray(part.offset, part.offset + part.length), at);
    at += part.length;
  }
  return out;
}

function FrameTable({ trace }: { trace: EnvelopeTrace }) {
  const t = useT();
  return (
    <table data-testid="frames">
      <caption>
        <RichText
          text={t('envelope.encrypt.frames', { count: trace.frameCount, length: trace.frameLength })}
        />
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('envelope.encrypt.frame')}</th>
          <th scope="col">{t('envelope.encrypt.bytes')}</th>
          <th scope="col">IV</th>
          <th scope="col">{t('envelope.encrypt.tag')}</th>
        </tr>
      </thead>
      <tbody>
        {trace.frames.map((frame) => (
          <tr key={frame.sequenceNumber}>
            <th scope="row">
              {frame.final
                ? t('envelope.encrypt.finalFrame', { n: frame.sequenceNumber })
                : frame.sequenceNumber}
            </th>
            <td className={styles.num}>{frame.contentLength}</td>
            <td>
              <code>{groupedHex(frame.iv)}</code>
            </td>
            <td>
              <code>{groupedHex(frame.authTag)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Choosing a file again brings the hashing worker and the envelope worker: loaded only when needed. */
const ChooseFileAgain = lazy(() => import('./files/ChooseFileAgain'));

/** Failures a file step can recover from by choosing its file (again): missing here, or unreadable now. */
const needsFile = (error: StepFailure) =>
  error.source === 'scenario' ? error.name === 'FileNotInScenario' : error.stage === 'input';

/** A file's envelope: its header bytes (the client keeps only those), its sizes, and the download. */
function FileEnvelopeView({
  header,
  trace,
  file,
}: {
  header: Uint8Array;
  trace: EnvelopeTrace;
  file: FileFingerprint;
}) {
  const t = useT();
  const fields = messageFields(describeMessage(header, { maxFrames: 0 }).fields).filter(
    (field) => field.name !== 'body' && field.offset + field.length <= header.length,
  );
  const envelope = sessionFiles.envelopeOf(file.sha256, trace);
  const name = `${file.name}${ENVELOPE_SUFFIX}`;
  return (
    <>
      <p>
        <RichText
          text={t('envelope.encrypt.fileSizes', {
            size: humanBytes(file.size),
            total: trace.messageLength,
            header: header.length,
            frames: trace.frameCount,
            frame: humanBytes(trace.frameLength),
          })}
        />
      </p>
      <ByteMap
        bytes={header}
        label={t('envelope.encrypt.fileHeaderLabel')}
        caption={t('envelope.encrypt.fileHeaderCaption', {
          count: header.length,
          total: trace.messageLength,
        })}
        fields={fields}
        fieldName={(field) => messageFieldName(t, field)}
        fieldAbout={(field) => messageFieldAbout(t, field, header)}
        cap={1024}
      />
      {envelope && (
        <div className={styles.actions}>
          <DownloadLink
            blob={envelope.output}
            name={name}
            label={t('envelope.encrypt.fileDownload', { name })}
            testId="file-step-download"
          />
        </div>
      )}
    </>
  );
}

/** Step 2: the plaintext data key encrypts the data (ESDK: HKDF-derived key, a fresh IV and tag per frame). */
export function EncryptStage({ view }: { view: StepView }) {
  const t = useT();
  const reduced = useReducedMotion();
  const entrances = useEntrances();
  const { step, result } = view;
  if (step?.kind !== 'envelope.encrypt' || result?.kind !== 'envelope.encrypt') return null;
  if (!result.ok) {
    return (
      <>
        <StepError error={result.error} title={t('envelope.encrypt.failed')} />
        {step.file && needsFile(result.error) && (
          <Suspense fallback={<p role="status">{t('envelope.loading')}</p>}>
            <ChooseFileAgain file={step.file} />
          </Suspense>
        )}
      </>
    );
  }
  const { trace } = result.detail;
  const envelope = view.client.envelopes[step.id];
  const message = envelope && envelopeMessage(envelope);
  const revealed = trace.keyDerivation.revealed;
  const group = `data-${step.id}`;
  return (
    <div
      className={`${styles.stageBody} ${styles.stageBodyEncrypt}${step.file ? ` ${styles.stageBodyFile}` : ''}`}
    >
      <section className={styles.box} data-testid="box" aria-labelledby="encrypt-input">
        <h4 id="encrypt-input">{t('envelope.encrypt.input')}</h4>
        {step.text !== undefined ? (
          <>
            <blockquote className={styles.plaintext} lang="und">
              {step.text}
            </blockquote>
            <HexView
              bytes={utf8Encode(step.text)}
              label={t('envelope.encrypt.inputLabel')}
              link={{ group }}
            />
          </>
        ) : (
          <Note>
            {t('envelope.encrypt.fileInput', {
              name: step.file?.name ?? '',
              size: humanBytes(step.file?.size ?? 0),
              sha256: step.file?.sha256 ?? '',
            })}
          </Note>
        )}
      </section>
      <section
        className={`${styles.box} ${styles.boxSecret}`}
        data-testid="box"
        aria-labelledby="encrypt-keys"
      >
        <h4 id="encrypt-keys">
          <RichText text={t('envelope.encrypt.keys')} />
        </h4>
        <dl className={styles.facts}>
          <Fact label={t('envelope.encrypt.suite')}>
            <code className={styles.longId}>{trace.algorithmSuite.name}</code>{' '}
            <code>0x{trace.algorithmSuite.id.toString(16)}</code>
          </Fact>
          <Fact label={t('envelope.encrypt.messageId')}>
            <code>{groupedHex(trace.messageId)}</code>
          </Fact>
          {revealed && (
            <>
              <Fact label={t('envelope.encrypt.dataKey')}>
                <code>{groupedHex(revealed.dataKey)}</code>
              </Fact>
              <Fact label={t('envelope.encrypt.derivedKey')}>
                <code>{groupedHex(revealed.encryptionKey)}</code>
              </Fact>
            </>
          )}
          <Fact label={t('envelope.encrypt.commitmentKey')}>
            <code>{groupedHex(trace.keyDerivation.commitmentKey)}</code>
          </Fact>
          {trace.footer && (
            <>
              <Fact label={t('envelope.encrypt.publicKey')}>
                <code className={styles.longId}>{trace.footer.publicKey}</code>
              </Fact>
              <Fact label={t('envelope.encrypt.signature', { bytes: trace.footer.signature.length })}>
                <code>{groupedHex(trace.footer.signature)}</code>
              </Fact>
            </>
          )}
        </dl>
        <Note>{t('envelope.encrypt.hkdfNote')}</Note>
        {trace.footer && <Note>{t('envelope.encrypt.signedNote')}</Note>}
      </section>
      <m.section
        className={`${styles.box} ${styles.boxStored}`}
        data-testid="box"
        aria-labelledby="encrypt-output"
        {...(reduced
          ? {}
          : { initial: entrances ? { opacity: 0, y: 16 } : false, animate: { opacity: 1, y: 0 } })}
      >
        <h4 id="encrypt-output">
          {t('envelope.encrypt.output', { count: trace.plaintextLength, frames: trace.frameCount })}
        </h4>
        {message && (
          <HexView
            bytes={encryptedContent(message)}
            label={t('envelope.encrypt.outputLabel')}
            link={{ group }}
          />
        )}
        {envelope && 'header' in envelope && step.file && (
          <FileEnvelopeView header={envelope.header} trace={trace} file={step.file} />
        )}
        <FrameTable trace={trace} />
        {message ? (
          <Note>{t('envelope.encrypt.linkNote')}</Note>
        ) : (
          <>
            {trace.frames.length < trace.frameCount && (
              <Note>{t('envelope.encrypt.fileFramesShown', { shown: trace.frames.length - 1 })}</Note>
            )}
            <Note>{t('envelope.encrypt.fileElsewhere')}</Note>
          </>
        )}
      </m.section>
    </div>
  );
}
