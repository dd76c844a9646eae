import { type ChangeEvent, useId, useState } from 'react';
import { useActor } from '../../state/actor';
import { useScenario } from '../../state/scenario';
import cliStyles from '../cli/cli.module.css';
import { downloadBytes } from '../cli/downloadBytes';
import { breakable } from '../shell/identifier';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import styles from './console.module.css';
import { consoleFileName, FILE_SIZE_LIMIT } from './consoleStore';
import { EXAMPLES } from './examples';
import { consoleProfiles } from './profiles';
import { consoleStore, useConsole } from './useConsole';

/** Clickable example commands: choosing one puts it on the command line (the learner presses Enter). */
export function Examples({ onChoose }: { onChoose: (line: string) => void }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className={styles.consolePanel} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('console.examples.title')}</h2>
      <p className={styles.consolePanelIntro}>
        <RichText text={t('console.examples.intro')} />
      </p>
      <ol className={styles.consoleExamples}>
        {EXAMPLES.map((example) => (
          <li key={example.id}>
            <button type="button" className={styles.consoleExample} onClick={() => onChoose(example.line)}>
              <span className="console-example__text">
                <RichText text={t(`console.examples.${example.id}`)} />
              </span>
              <code className={styles.consoleExampleLine}>{example.line}</code>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The virtual directory: add a local file for `fileb://`, download what the session wrote, delete. */
export function Files() {
  const t = useT();
  const files = useConsole((s) => s.files);
  const [message, setMessage] = useState('');
  const titleId = useId();
  const uploadId = useId();

  const onUpload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > FILE_SIZE_LIMIT) {
      setMessage(t('console.files.tooLarge', { name: file.name, limit: FILE_SIZE_LIMIT }));
      return;
    }
    const name = consoleFileName(file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    consoleStore.getState().addFile(name, bytes);
    // The directory keeps its own copy; this one may hold a secret.
    bytes.fill(0);
    setMessage(t('console.files.added', { name }));
  };

  return (
    <section className={styles.consolePanel} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('console.files.title')}</h2>
      <table className={styles.consoleTable}>
        <caption>
          <RichText text={t('console.files.caption')} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('console.files.name')}</th>
            <th scope="col">{t('console.files.size')}</th>
            <th scope="col">{t('console.files.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {files.length === 0 && (
            <tr>
              <td colSpan={3}>{t('console.files.empty')}</td>
            </tr>
          )}
          {files.map((file) => (
            <tr key={file.name}>
              <th scope="row">
                <code>{breakable(file.name)}</code>
              </th>
              <td>{t('console.files.bytes', { count: file.size })}</td>
              <td className={styles.consoleTableActions}>
                <button
                  type="button"
                  className={cliStyles.cliButton}
                  aria-label={t('console.files.downloadLabel', { name: file.name })}
                  onClick={() => {
                    const bytes = consoleStore.getState().readFile(file.name);
                    if (!bytes) return;
                    downloadBytes(file.name, bytes);
                    bytes.fill(0);
                  }}
                >
                  {t('console.files.download')}
                </button>
                <button
                  type="button"
                  className={cliStyles.cliButton}
                  aria-label={t('console.files.removeLabel', { name: file.name })}
                  onClick={() => consoleStore.getState().removeFile(file.name)}
                >
                  {t('console.files.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.consoleUpload}>
        <label htmlFor={uploadId}>{t('console.files.upload')}</label>
        <input id={uploadId} type="file" onChange={(event) => void onUpload(event)} />
      </div>
      <p className={styles.consolePanelStatus} role="status">
        <RichText text={message} />
      </p>
    </section>
  );
}

/** `--profile` names and the principals they sign as; `default` follows "acting as". */
export function Profiles() {
  const t = useT();
  const member = useActor((s) => s.member);
  const settings = useScenario((s) => s.scenario.settings);
  const profiles = consoleProfiles({ member }, settings);
  const titleId = useId();
  return (
    <section className={styles.consolePanel} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('console.profiles.title')}</h2>
      <table className={styles.consoleTable}>
        <caption>
          <RichText text={t('console.profiles.caption')} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('console.profiles.profile')}</th>
            <th scope="col">{t('console.profiles.principal')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(profiles).map(([name, profile]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                <code>{breakable(profile.principal)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
