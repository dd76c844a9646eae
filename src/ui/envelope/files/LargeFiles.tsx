import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { equalBytes, selectCryptoProvider } from '../../../crypto/index';
import { AWS_KMS_PROVIDER_ID, DataKeyHandle, isEnvelopeError, parseHeader } from '../../../envelope/index';
import type { FileProgress } from '../../../envelope/workerProtocol';
import type { StepView } from '../../../scenario/replay';
import { fileEncryption } from '../../../scenario/steps/envelopeEncrypt';
import type { StepFailure } from '../../../scenario/steps/kind';
import { scenarioStore } from '../../../state/scenario';
import { sessionFiles } from '../../../state/sessionFiles';
import { RichText } from '../../shell/RichText';
import { useT } from '../../shell/useT';
import { humanBytes } from '../bytes';
import { KeyPicker, SuiteChoice, studioSuite, useStudioKey } from '../Composer';
import { DownloadLink, LockIcon, Note, StepError } from '../common';
import {
  decryptDataKeyStep,
  ENVELOPE_SUFFIX,
  FILE_FRAME_LENGTH,
  fileEncryptSteps,
  fileStepFields,
  generateDataKeyStep,
  stepIds,
} from '../compose';
import { EncryptStage } from '../EncryptStage';
import { generatedDataKey } from '../GenerateStage';
import styles from '../studio.module.css';
import { appendSteps, peekStep, studioForm, useCaller, useView } from '../studioState';
import { isBrowserStorageFull, isBrowserStorageRefusal } from './browserStorage';
import { envelopeWorker, makeFileEnvelope } from './envelopeMaker';
import { FilePicker } from './FilePicker';
import { sha256OfBlob } from './fingerprint';

/** The header is read from this much of an envelope file (ours are a few hundred bytes). */
const HEADER_READ_BYTES = 64 * 1024;

type Kind = 'encrypt' | 'decrypt';

interface Running {
  readonly phase: 'running';
  readonly kind: Kind;
  readonly name: string;
  readonly total: number;
  readonly done: number;
  readonly hashed: number;
  readonly startedAt: number;
  readonly abort: AbortController;
}

interface Finished {
  readonly phase: 'done';
  readonly kind: Kind;
  readonly name: string;
  readonly output: Blob;
  readonly outputName: string;
  readonly seconds: number;
  readonly bytes: number;
  readonly sha256: string;
  /** Encrypt: the step that records the file. Decrypt: the step whose recorded file the output matches. */
  readonly stepNumber?: number;
  readonly frames: number;
  readonly provider: string;
}

type Job =
  | { readonly phase: 'idle' }
  | Running
  | Finished
  | { readonly phase: 'failed'; readonly kind: Kind; readonly error: StepFailure; readonly view?: StepView }
  | { readonly phase: 'cancelled'; readonly kind: Kind };

/** The current file job; kept outside the component so switching tabs does not lose a running job. */
const jobs = createStore<{ job: Job }>()(() => ({ job: { phase: 'idle' } }));
const setJob = (job: Job) => jobs.setState({ job });

const failure = (error: unknown): StepFailure => {
  if (isEnvelopeError(error)) {
    return {
      source: 'envelope',
      name: error.code,
      message: error.message,
      stage: error.step,
      ...(error.frame ? { frame: error.frame } : {}),
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { source: 'envelope', name: e.name, message: e.message };
};

/**
 * Encrypt a file: GenerateDataKey (a step), the worker encrypts, the file step records its fingerprint. The
 * worker gets exactly the inputs the file step will ask for when it replays (`fileEncryption`), and the
 * session keeps the envelope for that step, so the step shows the very envelope the learner downloads.
 */
async function encryptFile(file: File, keyId: string, caller: ReturnType<typeof useCaller>) {
  const abort = new AbortController();
  const startedAt = performance.now();
  const running: Running = {
    phase: 'running',
    kind: 'encrypt',
    name: file.name,
    total: file.size,
    done: 0,
    hashed: 0,
    startedAt,
    abort,
  };
  setJob(running);
  const update = (patch: Partial<Running>) => {
    const { job } = jobs.getState();
    if (job.phase === 'running' && job.abort === abort) setJob({ ...job, ...patch });
  };
  const { scenario } = scenarioStore.getState();
  const dataKeyId = stepIds(scenario.steps)();
  const encryptionContext = { purpose: 'kms-lab', file: file.name };
  const added = appendSteps([
    generateDataKeyStep(
      dataKeyId,
      keyId,
      encryptionContext,
      caller,
      studioSuite(studioForm.getState().signing),
    ),
  ]);
  if (!added.ok)
    return setJob({
      phase: 'failed',
      kind: 'encrypt',
      error: { source: 'scenario', name: 'invalid', message: added.detail },
    });
  const view = await peekStep(dataKeyId);
  if (view?.result && !view.result.ok)
    return setJob({ phase: 'failed', kind: 'encrypt', error: view.result.error, view });
  const generated = view && generatedDataKey(view);
  if (!view || !generated) return setJob({ phase: 'idle' });
  const { provider } = selectCryptoProvider(view.cryptoProvider.name);
  const encryption = await fileEncryption(view.client, fileStepFields(dataKeyId), provider);
  if (!encryption) return setJob({ phase: 'idle' });
  const discard = () =>
    appendSteps([
      {
        id: stepIds(scenarioStore.getState().scenario.steps)(),
        kind: 'envelope.discardDataKey',
        dataKey: dataKeyId,
      },
    ]);
  // A copy of the key from the step's response, for the worker to copy in turn; zero-filled when done.
  const dataKey = new DataKeyHandle(new Uint8Array(generated.plaintext));
  try {
    const [result, digest] = await Promise.all([
      makeFileEnvelope(
        file,
        { ...encryption, dataKey, provider: view.cryptoProvider.name },
        { signal: abort.signal, onProgress: (p: FileProgress) => update({ done: p.plaintextBytes }) },
      ),
      sha256OfBlob(file, { signal: abort.signal, onProgress: (hashed) => update({ hashed }) }),
    ]);
    const fingerprint = { name: file.name, size: file.size, sha256: digest };
    // Before the step exists: its first replay finds the file and this very envelope.
    sessionFiles.choose(fingerprint, file);
    sessionFiles.keepEnvelope(digest, encryption, result);
    const steps = fileEncryptSteps(scenarioStore.getState().scenario.steps, dataKeyId, fingerprint);
    // The job goes on from its last step (and reports its number): the cursor must not stay behind it.
    appendSteps(steps, 'last');
    const index = scenarioStore.getState().scenario.steps.findIndex((s) => s.id === steps[0]?.id);
    setJob({
      phase: 'done',
      kind: 'encrypt',
      name: file.name,
      output: result.output,
      outputName: `${file.name}${ENVELOPE_SUFFIX}`,
      seconds: (performance.now() - startedAt) / 1000,
      bytes: file.size,
      sha256: digest,
      stepNumber: index + 1,
      frames: result.trace.frameCount,
      provider: result.provider.name,
    });
  } catch (error) {
    // The plaintext data key must not stay in the application's memory: discard it as the flow's step 3.
    discard();
    setJob(
      abort.signal.aborted
        ? { phase: 'cancelled', kind: 'encrypt' }
        : { phase: 'failed', kind: 'encrypt', error: failure(error) },
    );
  } finally {
    dataKey.discard();
  }
}

/**
 * Decrypt an envelope file: read its header, KMS Decrypt of the data key (a step), the worker decrypts. The
 * message inspector hands its file here too.
 */
export async function decryptFile(file: Blob, name: string, caller: ReturnType<typeof useCaller>) {
  const abort = new AbortController();
  const startedAt = performance.now();
  setJob({ phase: 'running', kind: 'decrypt', name, total: file.size, done: 0, hashed: 0, startedAt, abort });
  const update = (patch: Partial<Running>) => {
    const { job } = jobs.getState();
    if (job.phase === 'running' && job.abort === abort) setJob({ ...job, ...patch });
  };
  let header: ReturnType<typeof parseHeader>;
  try {
    header = parseHeader(new Uint8Array(await file.slice(0, HEADER_READ_BYTES).arrayBuffer()));
  } catch (error) {
    return setJob({ phase: 'failed', kind: 'decrypt', error: failure(error) });
  }
  const edk = header.encryptedDataKeys.find((k) => k.providerId === AWS_KMS_PROVIDER_ID);
  if (!edk) {
    return setJob({
      phase: 'failed',
      kind: 'decrypt',
      error: { source: 'envelope', name: 'data-key-unavailable', message: 'no aws-kms encrypted data key' },
    });
  }
  const keyArn = new TextDecoder().decode(edk.providerInfo);
  const stepId = stepIds(scenarioStore.getState().scenario.steps)();
  const added = appendSteps([
    decryptDataKeyStep(stepId, { keyArn, ciphertext: edk.ciphertext }, header.encryptionContext, caller),
  ]);
  if (!added.ok)
    return setJob({
      phase: 'failed',
      kind: 'decrypt',
      error: { source: 'scenario', name: 'invalid', message: added.detail },
    });
  const view = await peekStep(stepId);
  const result = view?.result;
  if (result?.kind !== 'kms.call') return setJob({ phase: 'idle' });
  if (!result.ok)
    return setJob({ phase: 'failed', kind: 'decrypt', error: { ...result.error, stage: 'data-key' }, view });
  const invocation = result.detail.invocation;
  const plaintext = invocation?.ok
    ? (invocation.response as { Plaintext?: Uint8Array }).Plaintext
    : undefined;
  if (!plaintext || !view) return setJob({ phase: 'idle' });
  try {
    const decrypted = await envelopeWorker(view.cryptoProvider.name).decryptFile({
      file,
      // The key KMS returned in the Decrypt step, for the very EDK that step decrypted.
      decryptDataKey: async (request) => {
        if (!request.encryptedDataKeys.some((k) => equalBytes(k.ciphertext, edk.ciphertext)))
          throw new Error('unexpected encrypted data key');
        return new Uint8Array(plaintext);
      },
      signal: abort.signal,
      onProgress: (p: FileProgress) => update({ done: p.messageBytes }),
    });
    const digest = await sha256OfBlob(decrypted.output, {
      signal: abort.signal,
      onProgress: (hashed) => update({ hashed }),
    });
    const steps = scenarioStore.getState().scenario.steps;
    const match = steps.findIndex((s) => s.kind === 'envelope.encrypt' && s.file?.sha256 === digest);
    const original = steps[match];
    const outputName =
      original?.kind === 'envelope.encrypt' && original.file
        ? original.file.name
        : name.replace(/\.encrypted$/, '');
    setJob({
      phase: 'done',
      kind: 'decrypt',
      name,
      output: decrypted.output,
      outputName,
      seconds: (performance.now() - startedAt) / 1000,
      bytes: decrypted.output.size,
      sha256: digest,
      ...(match >= 0 ? { stepNumber: match + 1 } : {}),
      frames: decrypted.trace.frameCount,
      provider: decrypted.provider.name,
    });
  } catch (error) {
    setJob(
      abort.signal.aborted
        ? { phase: 'cancelled', kind: 'decrypt' }
        : { phase: 'failed', kind: 'decrypt', error: failure(error) },
    );
  }
}

/** The bar, the numbers and the cancel button of a running job. */
function ProgressPanel({ job }: { job: Running }) {
  const t = useT();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0.001, (now - job.startedAt) / 1000);
  const percent = job.total === 0 ? 100 : Math.floor((job.done / job.total) * 100);
  return (
    <section className={styles.fileProgress} aria-labelledby="file-progress-title">
      <h3 id="file-progress-title">{t(`envelope.files.running.${job.kind}`, { name: job.name })}</h3>
      <progress max={job.total || 1} value={job.done} aria-label={t('envelope.files.progressLabel')} />
      <p className={styles.fileProgressNumbers} aria-live="off">
        {
          <RichText
            text={t('envelope.files.progress', {
              done: humanBytes(job.done),
              total: humanBytes(job.total),
              percent,
              rate: (job.done / 1e6 / seconds).toFixed(0),
            })}
          />
        }
      </p>
      <p className={styles.fieldHelp}>
        <RichText text={t('envelope.files.hashing', { done: humanBytes(job.hashed) })} />
      </p>
      <button type="button" className={`button ${styles.buttonSecondary}`} onClick={() => job.abort.abort()}>
        {t('envelope.files.cancel')}
      </button>
    </section>
  );
}

function Result({ job }: { job: Finished }) {
  const t = useT();
  const caller = useCaller();
  const rate = job.bytes / 1e6 / Math.max(0.001, job.seconds);
  return (
    <section className={styles.fileResult} aria-labelledby="file-result-title" data-testid="file-result">
      <h3 id="file-result-title">
        <span aria-hidden="true">✓ </span>
        {t(`envelope.files.done.${job.kind}`, { name: job.name })}
      </h3>
      <dl className={styles.facts}>
        <div className={styles.fact} data-testid="fact">
          <dt>{t('envelope.files.size')}</dt>
          <dd>{t('envelope.files.sizeValue', { size: humanBytes(job.bytes), bytes: job.bytes })}</dd>
        </div>
        <div className={styles.fact} data-testid="fact">
          <dt>{t('envelope.files.speed')}</dt>
          <dd>
            {
              <RichText
                text={t('envelope.files.speedValue', {
                  seconds: job.seconds.toFixed(1),
                  rate: rate.toFixed(0),
                  frames: job.frames,
                  provider: job.provider,
                })}
              />
            }
          </dd>
        </div>
        <div className={styles.fact} data-testid="fact">
          <dt>SHA-256</dt>
          <dd>
            <code data-testid="file-sha256">{job.sha256}</code>
          </dd>
        </div>
      </dl>
      {job.kind === 'encrypt' ? (
        <>
          <Note>{t('envelope.files.recorded', { step: job.stepNumber ?? 0 })}</Note>
          <div className={styles.actions}>
            <DownloadLink
              blob={job.output}
              name={job.outputName}
              label={t('envelope.files.downloadEnvelope', { name: job.outputName })}
            />
            <button
              type="button"
              className={`button ${styles.buttonSecondary}`}
              onClick={() => void decryptFile(job.output, job.outputName, caller)}
            >
              {t('envelope.files.decryptBack')}
            </button>
          </div>
        </>
      ) : (
        <>
          {job.stepNumber !== undefined ? (
            <p className={`${styles.callout} ${styles.calloutOk}`} data-testid="file-match">
              <RichText text={t('envelope.files.matches', { step: job.stepNumber })} />
            </p>
          ) : (
            <Note>{t('envelope.files.noMatch')}</Note>
          )}
          <div className={styles.actions}>
            <DownloadLink
              blob={job.output}
              name={job.outputName}
              label={t('envelope.files.downloadPlain', { name: job.outputName })}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** The file step under the cursor, as the Encrypt and decrypt tab shows it (or asking for its file again). */
function CursorFileStep() {
  const t = useT();
  const view = useView();
  if (view?.step?.kind !== 'envelope.encrypt' || !view.step.file) return null;
  return (
    <section className={styles.filesStep} aria-labelledby="files-step-title" data-testid="file-step">
      <h3 id="files-step-title">{t('envelope.files.stepTitle', { step: view.index + 1 })}</h3>
      <EncryptStage view={view} />
    </section>
  );
}

/** Large files: encrypt any file in a Web Worker (1 MiB frames), download the envelope, decrypt it back. */
export default function LargeFiles() {
  const t = useT();
  const caller = useCaller();
  const job = useStore(jobs, (s) => s.job);
  const { key } = useStudioKey();
  const running = job.phase === 'running';
  return (
    <section className={styles.files} data-testid="files" aria-labelledby="files-title">
      <h2 id="files-title">{t('envelope.files.title')}</h2>
      <p>
        <RichText text={t('envelope.files.lead')} />
      </p>
      <p className={styles.studioPrivacy}>
        <LockIcon /> <RichText text={t('envelope.files.private')} />
      </p>
      <div className={styles.filesColumns}>
        <section aria-labelledby="files-encrypt">
          <h3 id="files-encrypt">{t('envelope.files.encryptTitle')}</h3>
          <KeyPicker />
          <SuiteChoice />
          <FilePicker
            label={t('envelope.files.choose')}
            drop={t('envelope.files.drop')}
            disabled={running || !key}
            testId="plain-file-input"
            onFile={(file) => key && void encryptFile(file, key.keyId, caller)}
          />
        </section>
        <section aria-labelledby="files-decrypt">
          <h3 id="files-decrypt">{t('envelope.files.decryptTitle')}</h3>
          <p>{t('envelope.files.decryptLead')}</p>
          <FilePicker
            label={t('envelope.files.chooseEnvelope')}
            drop={t('envelope.files.drop')}
            accept={`${ENVELOPE_SUFFIX},application/octet-stream`}
            disabled={running}
            testId="envelope-file-input"
            onFile={(file) => void decryptFile(file, file.name, caller)}
          />
        </section>
      </div>
      {job.phase === 'running' && <ProgressPanel job={job} />}
      {job.phase === 'done' && <Result job={job} />}
      {job.phase === 'failed' && (
        <>
          <StepError error={job.error} title={t(`envelope.files.failed.${job.kind}`)} view={job.view} />
          {isBrowserStorageRefusal(job.error) && (
            <Note tone="warn">{t('envelope.files.browserStorage')}</Note>
          )}
          {isBrowserStorageFull(job.error) && (
            <Note tone="warn">{t('envelope.files.browserStorageFull')}</Note>
          )}
        </>
      )}
      {job.phase === 'cancelled' && <Note tone="warn">{t(`envelope.files.cancelled.${job.kind}`)}</Note>}
      <CursorFileStep />
      <Note>{t('envelope.files.replayNote', { frame: humanBytes(FILE_FRAME_LENGTH) })}</Note>
    </section>
  );
}
