/**
 * The two facts the step view's read models leave out and the policy section needs: each key's policy
 * document and its grants. They are read the way AWS lets anyone read them, with `GetKeyPolicy` and
 * `ListGrants`, on a private copy of the scenario (the learner's steps up to the cursor, then these read-only
 * calls), so nothing is added to the learner's scenario, trail or bill.
 *
 * Each key is read by the first principal allowed to: the key account's root user, then its Admin role, then the
 * rest of the cast in that account. A policy nobody may read stays unknown, as it would in AWS.
 *
 * TODO(scenario spine): once StepView carries key policies and grants, this private replay can go.
 */
import type { GrantListEntry, KeyView } from '../../kms';
import { accountRootArn } from '../../kms/policy/principal';
import { castOf } from '../../scenario/cast';
import type { Replayer } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { createSessionReplayer } from '../../state/scenario';

export interface PolicyFacts {
  /** Key ARN → key policy document; absent when no principal of the cast may read it. */
  keyPolicies: Record<string, string>;
  grants: GrantListEntry[];
}

/** The principals that try to read a key's policy and grants, in order. */
export function readersOf(scenario: Scenario, key: Pick<KeyView, 'accountId'>): string[] {
  const cast = castOf(scenario.settings.accountId, scenario.settings.region)
    .filter((m) => m.accountId === key.accountId)
    .map((m) => m.arn);
  return [accountRootArn(key.accountId), ...cast];
}

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;

export interface FactsReader {
  read(scenario: Scenario, cursor: number, keys: readonly KeyView[]): Promise<PolicyFacts>;
}

export function createFactsReader(): FactsReader {
  let replayer: Replayer | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function read(scenario: Scenario, cursor: number, keys: readonly KeyView[]): Promise<PolicyFacts> {
    const facts: PolicyFacts = { keyPolicies: {}, grants: [] };
    const prefix = scenario.steps.slice(0, cursor + 1);
    const taken = new Set(prefix.map((s) => s.id));
    let n = 0;
    const freshId = () => {
      let id: string;
      do id = `zprobe${++n}`;
      while (taken.has(id));
      return id;
    };
    let policyPending = [...keys];
    let grantsPending = [...keys];
    for (let round = 0; policyPending.length + grantsPending.length > 0; round++) {
      const probes: { step: Step; key: KeyView; what: 'policy' | 'grants' }[] = [];
      const add = (key: KeyView, what: 'policy' | 'grants') => {
        const principal = readersOf(scenario, key)[round];
        if (principal === undefined) return;
        const caller = { principal, region: key.region };
        const step: Step =
          what === 'policy'
            ? {
                id: freshId(),
                kind: 'kms.call',
                op: 'GetKeyPolicy',
                request: { KeyId: key.metadata.Arn },
                caller,
              }
            : {
                id: freshId(),
                kind: 'kms.call',
                op: 'ListGrants',
                request: { KeyId: key.metadata.Arn, Limit: 1000 },
                caller,
              };
        probes.push({ step, key, what });
      };
      for (const key of policyPending) add(key, 'policy');
      for (const key of grantsPending) add(key, 'grants');
      if (probes.length === 0) break;

      const probeScenario: Scenario = { ...scenario, steps: [...prefix, ...probes.map((p) => p.step)] };
      if (replayer) replayer.setScenario(probeScenario);
      else replayer = createSessionReplayer(probeScenario);
      const resolved = new Set<KeyView>();
      const grantsRead = new Set<KeyView>();
      for (const [i, probe] of probes.entries()) {
        const view = await replayer.goTo(prefix.length + i);
        const result = view.result;
        if (result?.kind !== 'kms.call' || !result.ok || !result.detail.invocation?.ok) continue;
        const response = result.detail.invocation.response;
        if (probe.what === 'policy') {
          facts.keyPolicies[probe.key.metadata.Arn] = String(field(response, 'Policy') ?? '');
          resolved.add(probe.key);
        } else {
          facts.grants.push(...((field(response, 'Grants') as GrantListEntry[] | undefined) ?? []));
          grantsRead.add(probe.key);
        }
      }
      policyPending = policyPending.filter((k) => !resolved.has(k));
      grantsPending = grantsPending.filter((k) => !grantsRead.has(k));
    }
    return facts;
  }

  return {
    read(scenario, cursor, keys) {
      const result = queue.then(() => read(scenario, cursor, keys));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
