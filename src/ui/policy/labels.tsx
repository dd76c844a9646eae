import { messagesOf } from '../../i18n';
import { format, type Lang } from '../../i18n/define';
import type { PolicyProblem } from '../../kms/policy';
import { CastIcon, type CastIconName } from '../cast/CastIcon';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import styles from './policy.module.css';

/** `role/Admin` from `arn:aws:iam::111122223333:role/Admin`; service principals stay whole. */
export function principalShortName(arn: string): string {
  const parts = arn.split(':');
  return parts.length >= 6 ? parts.slice(5).join(':') : arn;
}

export function principalAccount(arn: string): string | undefined {
  return arn.split(':')[4] || undefined;
}

function iconOf(arn: string): CastIconName {
  const name = principalShortName(arn);
  if (name === 'root') return 'account';
  if (name.startsWith('user/')) return 'user';
  if (arn.endsWith('.amazonaws.com')) return 'service';
  return 'role';
}

/** A principal as `role/Admin` (code) with its type icon and account. */
export function PrincipalName({ arn, showAccount = true }: { arn: string; showAccount?: boolean }) {
  const account = principalAccount(arn);
  return (
    <span className={styles.principalName}>
      <CastIcon name={iconOf(arn)} />
      <code>{principalShortName(arn)}</code>
      {showAccount && account && <span className={styles.principalNameAccount}>{account}</span>}
    </span>
  );
}

/** Yes/no with an icon and a word, never colour alone. */
export function Verdict({ ok, label }: { ok: boolean; label: string }) {
  return (
    <span className={ok ? `${styles.verdict} ${styles.verdictYes}` : `${styles.verdict} ${styles.verdictNo}`}>
      <Icon name={ok ? 'check' : 'cross'} />
      <span>
        <RichText text={label} />
      </span>
    </span>
  );
}

/** A linter problem in the learner's language, with the engine's "did you mean" when it has one. */
export function problemText(lang: Lang, problem: PolicyProblem): string {
  const messages = messagesOf(lang, 'policy');
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.code === 'json-syntax') {
    const reason = String(problem.params.reason) as keyof typeof messages.jsonSyntax;
    params.reason = messages.jsonSyntax[reason] ?? String(problem.params.reason);
  }
  if (problem.code === 'invalid-character')
    params.codePoint = Number(problem.params.codePoint).toString(16).toUpperCase().padStart(4, '0');
  const text = format(lang, messages.lint[problem.code], params);
  const suggestion = problem.params.suggestion;
  return suggestion === undefined ? text : `${text} ${format(lang, messages.suggestion, { suggestion })}`;
}
