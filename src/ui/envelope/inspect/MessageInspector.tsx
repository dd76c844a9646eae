/**
 * The message inspector: any AWS Encryption SDK message file (the AWS Encryption CLI's, an SDK's, this
 * studio's) shown without a key: its header (suite, message ID, encryption context, encrypted data keys with
 * their provider and KMS key ARN, frame length), where its frames and footer are, and byte maps of its start
 * and its end. The envelope worker reads the file (src/envelope/inspect.ts), only the parts it needs. When the
 * encrypted data key names a KMS key of this scenario, the file can be decrypted on the Large files tab.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { toHex, utf8Decode } from '../../../crypto/index';
import { AWS_KMS_PROVIDER_ID, isEnvelopeError } from '../../../envelope/index';
import type { MessageInspection } from '../../../envelope/inspect';
import type { StepFailure } from '../../../scenario/steps/kind';
import { RichText } from '../../shell/RichText';
import { useT } from '../../shell/useT';
import { ByteMap } from '../ByteMap';
import { humanBytes, messageFields } from '../bytes';
import { EncryptionContextTable, Fact, Note, StepError } from '../common';
import { envelopeWorker } from '../files/envelopeMaker';
import { FilePicker } from '../files/FilePicker';
import { decryptFile } from '../files/LargeFiles';
import { messageFieldAbout, messageFieldName } from '../labels';
import studioStyles from '../studio.module.css';
import { useCaller, useView } from '../studioState';
import { chooseTab } from '../tabs';
import styles from './MessageInspector.module.css';

type Inspected =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly name: string }
  | {
      readonly phase: 'done';
      readonly name: string;
      readonly file: File;
      readonly inspection: MessageInspection;
    }
  | { readonly phase: 'failed'; readonly name: string; readonly error: StepFailure };

/** Kept outside the component: switching tabs and back still shows the last file. */
const inspected = createStore<{ state: Inspected }>()(() => ({ state: { phase: 'idle' } }));

const asFailure = (error: unknown): StepFailure =>
  isEnvelopeError(error)
    ? { source: 'envelope', name: error.code, message: error.message, stage: error.step }
    : { source: 'envelope', name: error instanceof Error ? error.name : 'Error', message: String(error) };

async function inspect(file: File, provider: 'webcrypto' | 'noble') {
  inspected.setState({ state: { phase: 'reading', name: file.name } });
  try {
    const inspection = await envelopeWorker(provider).inspectFile(file);
    inspected.setState({ state: { phase: 'done', name: file.name, file, inspection } });
  } catch (error) {
    inspected.setState({ state: { phase: 'failed', name: file.name, error: asFailure(error) } });
  }
}

const suiteHex = (id: number) => `0x${id.toString(16).padStart(4, '0')}`;

export default function MessageInspector() {
  const t = useT();
  const view = useView();
  const { state } = useStore(inspected);
  const provider = view?.cryptoProvider.name ?? 'webcrypto';
  return (
    <section className={styles.inspector} aria-labelledby="inspector-title">
      <h2 id="inspector-title">{t('envelope.inspect.title')}</h2>
      <p>
        <RichText text={t('envelope.inspect.lead')} />
      </p>
      <FilePicker
        label={t('envelope.inspect.choose')}
        drop={t('envelope.inspect.drop')}
        disabled={state.phase === 'reading'}
        onFile={(file) => void inspect(file, provider)}
        testId="inspector-file"
      />
      <div aria-live="polite">
        {state.phase === 'reading' && (
          <p role="status">{t('envelope.inspect.reading', { name: state.name })}</p>
        )}
        {state.phase === 'failed' && (
          <StepError error={state.error} title={t('envelope.inspect.failed', { name: state.name })} />
        )}
        {state.phase === 'done' && (
          <Inspection name={state.name} file={state.file} inspection={state.inspection} />
        )}
      </div>
    </section>
  );
}

function Inspection({ name, file, inspection }: { name: string; file: File; inspection: MessageInspection }) {
  const t = useT();
  const { header, problem, head } = inspection;
  const headFields = messageFields(inspection.fields);
  // inspectMessage reports only problems of the message: the end of what it chose to read is none.
  const shownProblem = problem;
  problem &&
  !(
    header &&
    problem.step !== 'header' &&
    head.length < inspection.size &&
    !inspection.frameCount &&
    problem.code !== 'truncated'
  )
    ? problem
    : undefined;
  return (
    <div className={styles.result} data-testid="inspection">
      {shownProblem && (
        <StepError
          error={{
            source: 'envelope',
            name: shownProblem.code,
            message: shownProblem.message,
            stage: shownProblem.step,
          }}
          title={t('envelope.inspect.failed', { name })}
        />
      )}
      {header && (
        <>
          <h3>{name}</h3>
          <dl className={studioStyles.facts}>
            <Fact label={t('envelope.inspect.version')}>
              {t('envelope.inspect.versionValue', { version: header.version })}
            </Fact>
            <Fact label={t('envelope.inspect.suite')}>
              <code>{suiteHex(header.algorithmSuiteId)}</code> <code>{header.suite.name}</code>
            </Fact>
            <Fact label={t('envelope.inspect.messageId')}>
              <code className={styles.wrap}>{toHex(header.messageId)}</code>
            </Fact>
            <Fact label={t('envelope.inspect.contentType')}>
              <RichText text={t('envelope.inspect.framed')} />
            </Fact>
            <Fact label={t('envelope.inspect.frameLength')}>
              {t('envelope.inspect.bytesValue', { bytes: header.frameLength })}
            </Fact>
            <Fact label={t('envelope.inspect.ivLength')}>
              {t('envelope.inspect.bytesValue', { bytes: header.suite.ivLength })}
            </Fact>
            <Fact label={t('envelope.inspect.header')}>
              {t('envelope.inspect.bytesValue', { bytes: header.headerLength })}
            </Fact>
            <Fact label={t('envelope.inspect.size')}>{humanBytes(inspection.size)}</Fact>
            {inspection.frameCount !== undefined && inspection.finalFrame && (
              <Fact label={t('envelope.inspect.frames')}>
                {t('envelope.inspect.framesValue', {
                  count: inspection.frameCount,
                  bytes: inspection.finalFrame.contentLength,
                  offset: inspection.finalFrame.offset,
                })}
              </Fact>
            )}
            {inspection.frameCount !== undefined && (
              <Fact label={t('envelope.inspect.footer')}>
                {inspection.footer
                  ? t('envelope.inspect.footerValue', {
                      bytes: inspection.footer.bytes.length - 2,
                      offset: inspection.footer.offset,
                    })
                  : t('envelope.inspect.noFooter')}
              </Fact>
            )}
          </dl>
          {header.suite.signature && <Note>{t('envelope.inspect.signed')}</Note>}
          {header.version === 1 && <Note>{t('envelope.inspect.legacy')}</Note>}
          <EncryptionContextTable
            context={{ ...header.encryptionContext }}
            caption={t('envelope.inspect.contextCaption')}
          />
          <EncryptedDataKeys inspection={inspection} />
          <DecryptAction file={file} name={name} inspection={inspection} />
        </>
      )}
      {headFields.length > 0 && (
        <ByteMap
          bytes={head}
          label={t('envelope.inspect.headLabel')}
          caption={t('envelope.inspect.headCaption', { count: head.length, size: inspection.size })}
          fields={headFields}
          fieldName={(field) => messageFieldName(t, field)}
          fieldAbout={(field) => messageFieldAbout(t, field, head)}
          cap={1024}
        />
      )}
      {header && head.length < inspection.size && (
        <Note>
          {t('envelope.inspect.between', {
            bytes: 4 + header.suite.ivLength + header.frameLength + header.suite.tagLength,
          })}
        </Note>
      )}
      {inspection.footer && <FooterMap footer={inspection.footer} />}
    </div>
  );
}

function FooterMap({ footer }: { footer: NonNullable<MessageInspection['footer']> }) {
  const t = useT();
  // The hex view indexes its own bytes: count the footer's fields from its first byte.
  const fields = messageFields(footer.fields).map((f) => ({ ...f, offset: f.offset - footer.offset }));
  return (
    <ByteMap
      bytes={footer.bytes}
      label={t('envelope.inspect.footerLabel')}
      caption={t('envelope.inspect.footerCaption', { count: footer.bytes.length, offset: footer.offset })}
      fields={fields}
      fieldName={(field) => messageFieldName(t, field)}
      fieldAbout={(field) => messageFieldAbout(t, field, footer.bytes)}
    />
  );
}

function EncryptedDataKeys({ inspection }: { inspection: MessageInspection }) {
  const t = useT();
  const edks = inspection.header?.encryptedDataKeys ?? [];
  return (
    <table className={styles.edks}>
      <caption>{t('envelope.inspect.edks', { count: edks.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('envelope.inspect.provider')}</th>
          <th scope="col">{t('envelope.inspect.providerInfo')}</th>
          <th scope="col">{t('envelope.inspect.edkBytes')}</th>
        </tr>
      </thead>
      <tbody>
        {edks.map((edk, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: EDKs are a fixed list in header order
          <tr key={i}>
            <td>
              <code>{edk.providerId}</code>
            </td>
            <td>
              <code className={styles.wrap}>
                {edk.providerId === AWS_KMS_PROVIDER_ID
                  ? utf8Decode(edk.providerInfo, { fatal: false })
                  : toHex(edk.providerInfo)}
              </code>
            </td>
            <td>{t('envelope.inspect.bytesValue', { bytes: edk.ciphertext.length })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Decrypt on the Large files tab when the EDK's key ARN is a key of this scenario. */
function DecryptAction({
  file,
  name,
  inspection,
}: {
  file: File;
  name: string;
  inspection: MessageInspection;
}) {
  const t = useT();
  const view = useView();
  const caller = useCaller();
  const edk = inspection.header?.encryptedDataKeys.find((e) => e.providerId === AWS_KMS_PROVIDER_ID);
  if (!edk) return <Note>{t('envelope.inspect.noKmsEdk')}</Note>;
  const arn = utf8Decode(edk.providerInfo, { fatal: false });
  const key = view?.keys.find((k) => k.metadata.Arn === arn);
  if (!key) return <Note>{t('envelope.inspect.noKey', { arn })}</Note>;
  const label = key.aliases.find((a) => !a.startsWith('alias/aws/')) ?? key.metadata.KeyId;
  return (
    <div className={styles.decrypt}>
      <button
        type="button"
        className="button"
        onClick={() => {
          chooseTab('files');
          void decryptFile(file, name, caller);
        }}
      >
        {t('envelope.inspect.decrypt', { key: label })}
      </button>
      <span className={studioStyles.fieldHelp}>
        <RichText text={t('envelope.inspect.decryptHelp')} />
      </span>
    </div>
  );
}
