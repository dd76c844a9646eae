import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GrantListEntry } from '../kms/index';
import { arbitraryScenario, KEY_POLICIES } from './arbitraryScenario.fixture';
import { castSteps } from './cast';
import { readersOf } from './policyFacts';
import { createReplayer } from './replay';
import { createScenario, type Scenario } from './schema';
import type { Step } from './steps/index';

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;

/** The cast, a key, a grant to App for Encrypt, then PutKeyPolicy with `request` (steps 4, 5 and 6). */
const keyWithGrantThenPolicy = (request: Record<string, unknown>): Step[] => [
  ...castSteps(),
  { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
  {
    id: 's2',
    kind: 'kms.call',
    op: 'CreateGrant',
    request: {
      KeyId: { $ref: 's1/KeyMetadata/Arn' },
      GranteePrincipal: 'arn:aws:iam::111122223333:role/App',
      Operations: ['Encrypt'],
    },
  },
  {
    id: 's3',
    kind: 'kms.call',
    op: 'PutKeyPolicy',
    request: { KeyId: { $ref: 's1/KeyMetadata/Arn' }, ...request },
  },
];

/**
 * The oracle: what the cast can read with the real calls. After the learner's steps up to `cursor`, every reader
 * of every key calls GetKeyPolicy and ListGrants (read-only calls: none changes what the others may read), and
 * each key's facts come from the first reader whose call succeeded, on a fresh replay.
 */
async function readWithCalls(scenario: Scenario, cursor: number) {
  const prefix = scenario.steps.slice(0, cursor + 1);
  const keys = (await createReplayer(scenario).goTo(cursor)).keys;
  const probes: { key: string; reader: number; what: 'policy' | 'grants' }[] = [];
  const steps: Step[] = [...prefix];
  for (const key of keys) {
    readersOf(scenario.settings, key.accountId).forEach((principal, reader) => {
      for (const op of ['GetKeyPolicy', 'ListGrants'] as const) {
        probes.push({ key: key.metadata.Arn, reader, what: op === 'GetKeyPolicy' ? 'policy' : 'grants' });
        steps.push({
          id: `probe${steps.length}`,
          kind: 'kms.call',
          op,
          request: { KeyId: key.metadata.Arn },
          caller: { principal, region: key.region },
        });
      }
    });
  }
  const replayer = createReplayer({ ...scenario, steps });
  const first = new Map<string, { reader: number; value: unknown }>();
  for (const [i, probe] of probes.entries()) {
    const result = (await replayer.goTo(prefix.length + i)).result;
    if (result?.kind !== 'kms.call' || !result.ok || !result.detail.invocation?.ok) continue;
    const id = `${probe.what} ${probe.key}`;
    const known = first.get(id);
    if (!known || probe.reader < known.reader)
      first.set(id, { reader: probe.reader, value: result.detail.invocation.response });
  }
  const keyPolicies: Record<string, string> = {};
  const grants: GrantListEntry[] = [];
  for (const key of keys) {
    const policy = first.get(`policy ${key.metadata.Arn}`);
    if (policy) keyPolicies[key.metadata.Arn] = field(policy.value, 'Policy') as string;
    const listed = first.get(`grants ${key.metadata.Arn}`);
    if (listed) grants.push(...(field(listed.value, 'Grants') as GrantListEntry[]));
  }
  return { keyPolicies, grants };
}

describe('policy facts of a step view', () => {
  it('are what GetKeyPolicy and ListGrants return to the first of the cast allowed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryScenario(8), fc.nat(), async (scenario, at) => {
        // Mostly the last steps, where the keys exist and the random steps have happened.
        const cursor = scenario.steps.length - 1 - (at % 4);
        const view = await createReplayer(scenario).goTo(cursor);
        expect({ keyPolicies: view.keyPolicies, grants: view.grants }).toEqual(
          await readWithCalls(scenario, cursor),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('take each fact from the first of the cast allowed to read it, the policy and the grants apart', async () => {
    const steps = keyWithGrantThenPolicy({ Policy: KEY_POLICIES.rootReadsPolicyOnly });
    const scenario = createScenario('apart', {}, steps);
    const view = await createReplayer(scenario).goTo(6);
    expect(view.result?.ok).toBe(true);
    expect(view.keyPolicies).toEqual({
      [view.keys[0]?.metadata.Arn as string]: KEY_POLICIES.rootReadsPolicyOnly,
    });
    expect(view.grants).toHaveLength(1);
    expect({ keyPolicies: view.keyPolicies, grants: view.grants }).toEqual(await readWithCalls(scenario, 6));
  });

  it('leave out a policy nobody of the cast may read, and add nothing to the trail', async () => {
    const steps = keyWithGrantThenPolicy({
      Policy: KEY_POLICIES.lockout,
      BypassPolicyLockoutSafetyCheck: true,
    });
    const replayer = createReplayer(createScenario('lockout', {}, steps));
    const open = await replayer.goTo(5);
    const key = open.keys[0]?.metadata.Arn as string;
    expect(Object.keys(open.keyPolicies)).toEqual([key]);
    expect(open.grants).toHaveLength(1);
    const locked = await replayer.goTo(6);
    expect(locked.keyPolicies).toEqual({});
    expect(locked.grants).toEqual([]);
    // Only the learner's own three calls are in the trail (reading the facts calls nothing).
    expect(locked.trailLength).toBe(3);
  });
});
