/**
 * Who made the call of a step, as the player says it: the step's own `caller` principal, or the engine's default
 * caller (`role/Admin` of the scenario's account, architecture.md) for steps that name none. Only steps that call
 * KMS on the learner's behalf have one (issue #13: the player said nothing of who was acting).
 */
import type { ScenarioSettings } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';

const IAM_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):(.+)$/;

export function callerOfStep(
  step: Step | undefined,
  settings: Pick<ScenarioSettings, 'accountId'>,
): { principal: string; name: string; accountId: string } | undefined {
  if (step?.kind !== 'kms.call' && step?.kind !== 'envelope.decrypt') return undefined;
  const principal = step.caller?.principal ?? `arn:aws:iam::${settings.accountId}:role/Admin`;
  const match = IAM_ARN.exec(principal);
  // `role/App`: what the cast and the trail's userIdentity show; a principal of another form is shown whole.
  return match
    ? { principal, name: match[2] as string, accountId: match[1] as string }
    : { principal, name: principal, accountId: settings.accountId };
}
