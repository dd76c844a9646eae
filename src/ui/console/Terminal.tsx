import { m } from 'framer-motion';
import { type KeyboardEvent, type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { actorStore } from '../../state/actor';
import { useScenario } from '../../state/scenario';
import cliStyles from '../cli/cli.module.css';
import { cliText } from '../cli/cliText';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { type Completion, complete } from './complete';
import styles from './console.module.css';
import { type HistoryWalk, startWalk, step as walkHistory } from './history';
import { type Printed, printedOutput } from './printedOutput';
import { consoleProfiles } from './profiles';
import { type ConsoleRow, consoleView } from './transcript';
import { consoleStore, useConsole } from './useConsole';

/** The output of one command: stdout and stderr told apart by more than colour, then the exit status. */
function Output({ printed }: { printed: Printed }) {
  const t = useT();
  return (
    <>
      {printed.stdout !== '' && (
        <pre className={styles.consoleEntryStdout} data-testid="console-entry-stdout">
          <span className="visually-hidden">{t('console.terminal.stdout')}: </span>
          <code>{printed.stdout}</code>
        </pre>
      )}
      {printed.stderr !== '' && (
        <pre className={styles.consoleEntryStderr} data-testid="console-entry-stderr">
          <span className={styles.consoleEntryStream}>{t('console.terminal.stderr')}</span>
          <code>{printed.stderr.replace(/^\n/, '')}</code>
        </pre>
      )}
    </>
  );
}

function Exit({ code }: { code: number }) {
  const t = useT();
  return code === 0 ? (
    <span className={`${styles.consoleEntryExit} is-ok`} data-testid="console-entry-exit">
      <span aria-hidden="true">✓ </span>
      {t('console.terminal.exitOk')}
    </span>
  ) : (
    <span className={`${styles.consoleEntryExit} ${styles.isFailed}`} data-testid="console-entry-exit">
      <span aria-hidden="true">✗ </span>
      {t('console.terminal.exitFailed', { code })}
    </span>
  );
}

function StepLinks({ numbers }: { numbers: readonly number[] }) {
  const t = useT();
  const goTo = useScenario((s) => s.goTo);
  return numbers.map((n) => (
    <button
      key={n}
      type="button"
      className={styles.consoleEntryStep}
      aria-label={t('console.terminal.goToStepLabel', { step: n })}
      onClick={() => goTo(n - 1)}
    >
      {t('console.terminal.goToStep', { step: n })}
    </button>
  ));
}

function Row({ row }: { row: ConsoleRow }) {
  const t = useT();
  const entrances = useEntrances();
  const settings = useScenario((s) => s.scenario.settings);
  const view = useScenario((s) => s.view);
  const className = `${styles.consoleEntry}${row.current ? ` ${styles.isCurrent}` : ''}${row.kind === 'step' ? ' is-elsewhere' : ''}`;
  const current = row.current && (
    <span className={styles.consoleEntryCurrent}>
      <span aria-hidden="true">◆ </span>
      {t('console.terminal.current')}
    </span>
  );
  if (row.kind === 'entry') {
    const { entry } = row;
    return (
      <m.div
        className={className}
        data-testid="console-entry"
        data-current={row.current || undefined}
        initial={entrances ? { opacity: 0, y: 6 } : false}
        animate={{ opacity: 1, y: 0 }}
        transition={{ duration: 0.18 }}
      >
        <pre className={styles.consoleEntryCommand} data-testid="console-entry-command">
          <span className={styles.consoleEntryPrompt} aria-hidden="true">
            ${' '}
          </span>
          <code>{entry.line}</code>
        </pre>
        <Output printed={entry} />
        <p className={styles.consoleEntryMeta}>
          <Exit code={entry.exitCode} />
          <StepLinks numbers={row.stepNumbers} />
          {current}
        </p>
      </m.div>
    );
  }
  // A call made in another section: its equivalent command, and its output while the player is on it.
  const sent = row.current && view?.result?.kind === 'kms.call' ? view.result.detail?.request : undefined;
  const line = cliText(row.step.op, sent ?? row.step.request, { caller: row.step.caller, settings }).line;
  const printed =
    row.current && view?.step?.id === row.step.id ? printedOutput(row.step, view.result) : undefined;
  return (
    <m.div
      className={className}
      data-testid="console-entry"
      data-current={row.current || undefined}
      initial={entrances ? { opacity: 0, y: 6 } : false}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.18 }}
    >
      <p className={styles.consoleEntryOrigin}>{t('console.terminal.elsewhere')}</p>
      <pre className={styles.consoleEntryCommand} data-testid="console-entry-command">
        <span className={styles.consoleEntryPrompt} aria-hidden="true">
          ${' '}
        </span>
        <code>{line}</code>
      </pre>
      {printed && <Output printed={printed} />}
      <p className={styles.consoleEntryMeta}>
        {printed && <Exit code={printed.exitCode} />}
        <StepLinks numbers={[row.index + 1]} />
        {current}
      </p>
    </m.div>
  );
}

/**
 * The terminal: a `role="log"` screen over the transcript placed among the scenario's steps, and a command
 * line with history (↑/↓), Tab completion, Ctrl+L and Esc to leave. Enter runs the line through the console
 * session, which records each KMS call as a scenario step.
 */
export function Terminal({
  draft,
  setDraft,
  inputRef,
}: {
  draft: string;
  setDraft: (text: string) => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const t = useT();
  const entries = useConsole((s) => s.entries);
  const cleared = useConsole((s) => s.cleared);
  const running = useConsole((s) => s.running);
  const history = useConsole((s) => s.history);
  const files = useConsole((s) => s.files);
  const steps = useScenario((s) => s.scenario.steps);
  const settings = useScenario((s) => s.scenario.settings);
  const cursor = useScenario((s) => s.cursor);
  const view = useScenario((s) => s.view);
  const { rows, hiddenLater } = useMemo(
    () => consoleView(entries, steps, cursor, cleared),
    [entries, steps, cursor, cleared],
  );
  const screen = useRef<HTMLDivElement>(null);
  const walk = useRef<HistoryWalk>(startWalk(history));
  const [completion, setCompletion] = useState<Completion | 'none'>();
  const inputId = useId();
  const keysId = useId();
  const titleId = useId();
  const completionId = useId();

  // Follow the newest output, as a terminal does.
  const last = rows.at(-1);
  useEffect(() => {
    if (last && screen.current) screen.current.scrollTop = screen.current.scrollHeight;
  }, [last]);

  const submit = () => {
    if (running !== undefined || draft.trim() === '') return;
    const line = draft;
    setDraft('');
    setCompletion(undefined);
    void consoleStore
      .getState()
      .run(line)
      .then(() => {
        walk.current = startWalk(consoleStore.getState().history);
      });
  };

  const onTab = (input: HTMLTextAreaElement) => {
    const caret = input.selectionStart;
    const found = complete(draft, caret, {
      profiles: Object.keys(consoleProfiles(actorStore.getState(), settings)),
      files: files.map((f) => f.name),
      keys: (view?.keys ?? []).flatMap((k) => [k.metadata.KeyId, k.metadata.Arn ?? '']).filter(Boolean),
      aliases: (view?.aliases ?? []).map((a) => a.aliasName),
    });
    if (!found) {
      setCompletion('none');
      return;
    }
    const text = draft.slice(0, found.start) + found.replacement + draft.slice(found.end);
    setDraft(text);
    setCompletion(found.candidates.length > 1 ? found : undefined);
    const at = found.start + found.replacement.length;
    requestAnimationFrame(() => input.setSelectionRange(at, at));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const input = event.currentTarget;
    // An IME is composing Japanese: Enter confirms the conversion, not the command.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && draft.trim() !== '') {
      event.preventDefault();
      onTab(input);
    } else if (event.key === 'Escape') {
      setCompletion(undefined);
      screen.current?.focus();
    } else if (event.key.toLowerCase() === 'l' && event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      consoleStore.getState().clear();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const before = draft.slice(0, input.selectionStart);
      const after = draft.slice(input.selectionEnd);
      // Inside a multi-line command the arrows move between its lines, as in bash's editor.
      if (event.key === 'ArrowUp' ? before.includes('\n') : after.includes('\n')) return;
      const moved = walkHistory(history, walk.current, event.key === 'ArrowUp' ? -1 : 1, draft);
      if (!moved) return;
      event.preventDefault();
      walk.current = moved.walk;
      setDraft(moved.text);
      setCompletion(undefined);
      requestAnimationFrame(() => input.setSelectionRange(moved.text.length, moved.text.length));
    }
  };

  return (
    <section className={styles.console} aria-labelledby={titleId}>
      <div className={styles.consoleBar}>
        <h2 id={titleId} className={styles.consoleTitle}>
          {t('console.terminal.label')}
        </h2>
        <button type="button" className={cliStyles.cliButton} onClick={() => consoleStore.getState().clear()}>
          {t('console.terminal.clear')}
        </button>
      </div>
      <div
        ref={screen}
        className={styles.consoleScreen}
        role="log"
        aria-live="polite"
        aria-label={t('console.terminal.logLabel')}
        // Focusable so the keyboard can scroll it, and where Esc puts focus when leaving the command line.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        {rows.length === 0 && <p className={styles.consoleEmpty}>{t('console.terminal.empty')}</p>}
        {rows.map((row) => (
          <Row key={row.kind === 'entry' ? `e${row.entry.n}` : `s${row.step.id}`} row={row} />
        ))}
        {hiddenLater > 0 && (
          <p className={styles.consoleLater}>{t('console.terminal.later', { count: hiddenLater })}</p>
        )}
      </div>
      <form
        className={styles.consoleForm}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor={inputId} className={styles.consoleLabel}>
          {t('console.terminal.inputLabel')}
        </label>
        <div className={styles.consolePromptLine}>
          <span className={styles.consolePrompt} aria-hidden="true">
            $
          </span>
          <textarea
            ref={inputRef}
            id={inputId}
            className={styles.consoleInput}
            value={draft}
            rows={Math.min(6, draft.split('\n').length)}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              setCompletion(undefined);
            }}
            onKeyDown={onKeyDown}
            aria-describedby={`${keysId} ${completionId}`}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            autoComplete="off"
            lang="en"
          />
          <button
            type="submit"
            className={`${cliStyles.cliButton} ${styles.consoleRun}`}
            disabled={running !== undefined}
          >
            {t('console.terminal.run')}
          </button>
        </div>
        {cursor < steps.length - 1 && (
          <p className={styles.consoleNote}>{t('console.terminal.cursorNote')}</p>
        )}
        <p id={keysId} className={styles.consoleKeys}>
          <RichText text={t('console.terminal.keys')} />
        </p>
        <div id={completionId} className={styles.consoleCompletions} role="status">
          {completion === 'none' && t('console.terminal.noCompletion')}
          {completion && completion !== 'none' && (
            <>
              {t('console.terminal.completions')}{' '}
              <RichText text={completion.candidates.map((c) => `\`${c}\``).join(' ')} />
            </>
          )}
        </div>
        <p className={styles.consoleRunning} role="status">
          {running !== undefined ? t('console.terminal.running') : ''}
        </p>
      </form>
    </section>
  );
}
