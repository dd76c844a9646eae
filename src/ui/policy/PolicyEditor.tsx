import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type PolicyProblem, validatePolicyDocument } from '../../kms/policy';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import type { PolicyEditorHandle } from './codemirror';
import { loadDraft, saveDraft } from './drafts';
import { Diff } from './Fixes';
import { problemText } from './labels';
import styles from './policy.module.css';

export interface PolicyTemplate {
  id: string;
  label: string;
  document: () => string;
}

export interface SaveOutcome {
  stepNumber: number;
  ok: boolean;
  errorName?: string;
  message?: string;
}

/**
 * A policy document editor: CodeMirror (loaded only now, by dynamic import), the engine's validator shown both
 * inline and as a list that moves the cursor to each problem, templates, a diff against the current document,
 * and a draft kept in local storage so nothing typed is ever lost (a failed save, a reload, a crash).
 */
export function PolicyEditor(props: {
  /** Where the draft is kept, e.g. `key:<arn>` or `iam:<principal>:<name>`. */
  draftId: string;
  heading: string;
  current: string;
  kind: 'key' | 'identity';
  principalExists: (arn: string) => boolean;
  templates: readonly PolicyTemplate[];
  /** A warning to show before saving (the lockout safety check preview), if any. */
  warning?: (draft: string, problems: readonly PolicyProblem[]) => string | undefined;
  saveLabel: string;
  /** False blocks saving with `blockedMessage` (IAM refuses documents with errors). */
  canSave?: (problems: readonly PolicyProblem[]) => boolean;
  blockedMessage?: string;
  onSave(draft: string): void;
  outcome?: SaveOutcome;
  onClose(): void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<PolicyEditorHandle>(undefined);
  const [restored] = useState(() => {
    const draft = loadDraft(props.draftId);
    return draft !== undefined && draft !== props.current ? draft : undefined;
  });
  const [draft, setDraft] = useState(restored ?? props.current);
  const [loadState, setLoadState] = useState<
    { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string }
  >({
    kind: 'loading',
  });
  const [showDiff, setShowDiff] = useState(false);
  const { principalExists, kind } = props;
  const problems = useMemo(
    () => validatePolicyDocument(draft, { kind, principalExists }),
    [draft, kind, principalExists],
  );
  // The editor reads problems through a ref, so its linter always uses the current language and world.
  const describe = useRef<(doc: string) => (PolicyProblem & { message: string })[]>(() => []);
  describe.current = (doc: string) =>
    validatePolicyDocument(doc, { kind, principalExists }).map((p) => ({
      ...p,
      message: problemText(lang, p),
    }));

  // The editor starts from the latest draft (a template may be chosen while CodeMirror is still loading).
  const latest = useRef(draft);
  latest.current = draft;
  const label = useRef(t('policy.editor.label'));
  useEffect(() => {
    let cancelled = false;
    import('./codemirror').then(
      ({ createPolicyEditor }) => {
        if (cancelled || !host.current) return;
        editor.current = createPolicyEditor(host.current, {
          doc: latest.current,
          label: label.current,
          onChange: setDraft,
          problems: (doc) => describe.current(doc),
        });
        setLoadState({ kind: 'ready' });
      },
      (error: unknown) => {
        if (!cancelled)
          setLoadState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
      editor.current?.destroy();
      editor.current = undefined;
    };
  }, []);

  // Every change is kept; once a save succeeded the current document is the draft, and the kept copy goes.
  useEffect(() => saveDraft(props.draftId, draft, props.current), [props.current, props.draftId, draft]);

  const replace = (doc: string) => {
    setDraft(doc);
    editor.current?.setDoc(doc);
  };
  const bytes = new TextEncoder().encode(draft).length;
  const warning = props.warning?.(draft, problems);
  const blocked = props.canSave ? !props.canSave(problems) : false;
  const outcome = props.outcome;

  return (
    <section className={styles.policyEditor} aria-labelledby={`${id}-heading`}>
      <div className={styles.policyEditorHead}>
        <h3 id={`${id}-heading`}>
          <RichText text={props.heading} />
        </h3>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t('policy.editor.close')}
        </button>
      </div>
      {restored !== undefined && (
        <p className={`${styles.notice} ${styles.noticeInfo}`} role="status">
          {t('policy.editor.draftRestored')}
        </p>
      )}
      <div className={styles.policyEditorTools}>
        <label className={styles.field}>
          <span>{t('policy.editor.templates')}</span>
          <select
            value=""
            onChange={(e) => {
              const template = props.templates.find((x) => x.id === e.target.value);
              if (template) replace(template.document());
            }}
          >
            <option value="">{t('policy.editor.template.choose')}</option>
            {props.templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label.replaceAll('`', '')}
              </option>
            ))}
          </select>
        </label>
        <span
          className={
            bytes > 32_768
              ? `${styles.policyEditorBytes} ${styles.policyEditorBytesOver}`
              : styles.policyEditorBytes
          }
        >
          {t('policy.editor.bytes', { bytes })}
        </span>
      </div>
      {loadState.kind === 'loading' && (
        <p className="policy-editor__loading" role="status">
          {t('policy.editor.loading')}
        </p>
      )}
      {loadState.kind === 'failed' && (
        <p className={`${styles.notice} ${styles.noticeError}`} role="alert">
          {t('policy.editor.loadFailed', { message: loadState.message })}
        </p>
      )}
      <div className={styles.policyEditorCode} ref={host} data-testid="policy-editor" />
      <section className="problems" aria-labelledby={`${id}-problems`}>
        <h4 id={`${id}-problems`}>
          {t('policy.editor.problems')} <span className={styles.problemsCount}>{problems.length}</span>
        </h4>
        {problems.length === 0 ? (
          <p>✓ {t('policy.editor.noProblems')}</p>
        ) : (
          <ul className={styles.problemsList}>
            {problems.map((p) => (
              <li
                key={`${p.code}/${p.line}/${p.column}/${p.path.join('.')}`}
                className={`${styles.problem} ${variant(styles, 'problem', p.severity)}`}
                data-testid="problem"
              >
                <button
                  type="button"
                  className={styles.problemAt}
                  aria-label={t('policy.editor.goTo', { line: p.line, column: p.column })}
                  onClick={() => editor.current?.goTo(p.line, p.column)}
                >
                  {t('policy.editor.at', { line: p.line, column: p.column })}
                </button>
                <span className={styles.problemSeverity}>
                  {p.severity === 'error' ? '✗ ' : '⚠ '}
                  {t(p.severity === 'error' ? 'policy.editor.error' : 'policy.editor.warning')}
                </span>
                <span className="problem__text">
                  <RichText text={problemText(lang, p)} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {warning && (
        <p className={`${styles.notice} ${styles.noticeWarning}`} role="note">
          ⚠ <RichText text={warning} />
        </p>
      )}
      {blocked && props.blockedMessage && (
        <p className={`${styles.notice} ${styles.noticeError}`}>
          <RichText text={props.blockedMessage} />
        </p>
      )}
      <div className={styles.policyEditorActions}>
        <button
          type="button"
          className="button"
          disabled={blocked || draft === props.current}
          onClick={() => props.onSave(draft)}
        >
          <RichText text={props.saveLabel} />
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={showDiff}
          onClick={() => setShowDiff((x) => !x)}
        >
          {t(showDiff ? 'policy.editor.hideDiff' : 'policy.editor.showDiff')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={draft === props.current}
          onClick={() => replace(props.current)}
        >
          {t('policy.editor.discard')}
        </button>
      </div>
      {outcome && (
        <div
          className={
            outcome.ok ? `${styles.notice} ${styles.noticeOk}` : `${styles.notice} ${styles.noticeError}`
          }
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.ok ? (
            t('policy.editor.saved', { step: outcome.stepNumber })
          ) : (
            <>
              <p className={styles.noticeTitle}>
                <RichText
                  text={t('policy.stepFailed', {
                    step: outcome.stepNumber,
                    name: outcome.errorName ?? '',
                    message: outcome.message ?? '',
                  })}
                />
              </p>
              <p>{t('policy.editor.failed')}</p>
            </>
          )}
        </div>
      )}
      {showDiff &&
        (draft === props.current ? (
          <p>{t('policy.editor.noChanges')}</p>
        ) : (
          <Diff before={props.current} after={draft} caption={t('policy.editor.diffCaption')} />
        ))}
    </section>
  );
}
