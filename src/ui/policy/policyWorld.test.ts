import { describe, expect, it } from 'vitest';
import { operationCatalogue } from '../../kms';
import { suggestFixes } from '../../kms/policy';
import { castMember, castSteps } from '../../scenario/cast';
import { createReplayer, type StepView } from '../../scenario/replay';
import { createScenario, type Scenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { explanationView } from './explanation';
import { factsOf } from './facts';
import { accessMatrix, MATRIX_OPERATIONS } from './matrix';
import { createGrantStep, fixSteps, putKeyPolicyStep, putPrincipalPolicyStep } from './steps';
import { policyWorld, whatIf } from './whatIf';

const ops = operationCatalogue();
const op = (name: string) => ops.find((o) => o.name === name) as (typeof ops)[number];
const DEV = castMember('dev').arn;
const ADMIN = castMember('admin').arn;
const APP = castMember('app').arn;
const PARTNER = castMember('partner').arn;

const base = (): Step[] => [
  ...castSteps(),
  { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { Description: 'policy lab' } },
];

/** Appends builder-made steps with ids, as the store would. */
function withSteps(steps: Step[], ...more: object[]): Step[] {
  return [...steps, ...more.map((s, i) => ({ id: `t${steps.length + i}`, ...s }) as Step)];
}

async function at(steps: Step[]) {
  const scenario: Scenario = createScenario('policy-ui', {}, steps);
  const view: StepView = await createReplayer(scenario).goTo(steps.length - 1);
  const facts = factsOf(view);
  const world = policyWorld({
    accountId: '111122223333',
    region: 'us-east-1',
    keys: view.keys,
    aliases: view.aliases,
    principals: view.principals,
    ...facts,
  });
  const key = view.keys[0]?.metadata.Arn as string;
  return { scenario, view, facts, world, key };
}

const evaluated = (answer: ReturnType<typeof whatIf>) => {
  if (answer.kind !== 'evaluated') throw new Error(`not evaluated: ${answer.kind}`);
  return answer;
};

describe('what if (read-only) agrees with the engine', () => {
  it('gives the same AuthorizationResult as the real call records in its trace', async () => {
    const { world, key, scenario } = await at(base());
    for (const [principal, opName] of [
      [DEV, 'Encrypt'],
      [PARTNER, 'Encrypt'],
      [castMember('auditor').arn, 'DescribeKey'],
      [DEV, 'GetKeyPolicy'],
    ] as const) {
      const predicted = evaluated(
        whatIf(world, { principal, operation: op(opName), keyArn: key, encryptionContext: { dept: 'ops' } }),
      );
      const request =
        opName === 'Encrypt'
          ? { KeyId: key, Plaintext: 'aGk=', EncryptionContext: { dept: 'ops' } }
          : { KeyId: key };
      const steps = withSteps(scenario.steps, {
        kind: 'kms.call',
        op: opName,
        request,
        caller: { principal },
      });
      const view = await createReplayer(createScenario('policy-ui', {}, steps)).goTo(steps.length - 1);
      const trace = view.result?.kind === 'kms.call' ? view.result.detail?.invocation?.trace : undefined;
      const recorded = trace?.find((t) => t.code === 'authorization');
      expect(recorded?.code === 'authorization' && recorded.result).toEqual(predicted.result);
    }
  });

  it('refuses management operations across accounts before any policy, as KMS does', async () => {
    const { world, key } = await at(base());
    expect(whatIf(world, { principal: PARTNER, operation: op('PutKeyPolicy'), keyArn: key }).kind).toBe(
      'not-cross-account',
    );
    expect(
      whatIf(world, {
        principal: DEV,
        operation: op('Encrypt'),
        keyArn: 'arn:aws:kms:us-east-1:111122223333:key/nope',
      }).kind,
    ).toBe('no-such-key');
  });
});

describe('the access matrix', () => {
  const operations = MATRIX_OPERATIONS.map(op);
  const row = (rows: ReturnType<typeof accessMatrix>, principal: string) =>
    Object.fromEntries(
      rows.find((r) => r.principal === principal)?.cells.map((c) => [c.operation, c.allowed]) ?? [],
    );

  it('under the default key policy, follows each principal’s IAM policy', async () => {
    const { world, key } = await at(base());
    const rows = accessMatrix(world, { keyArn: key, principals: [ADMIN, DEV, PARTNER], operations });
    expect(row(rows, ADMIN)).toEqual(Object.fromEntries(MATRIX_OPERATIONS.map((o) => [o, true])));
    expect(row(rows, DEV)).toEqual({
      Encrypt: true,
      Decrypt: true,
      GenerateDataKey: true,
      DescribeKey: true,
      CreateGrant: false,
      GetKeyPolicy: false,
      PutKeyPolicy: false,
      ScheduleKeyDeletion: false,
    });
    expect(Object.values(row(rows, PARTNER)).some(Boolean)).toBe(false);
  });

  it('without the root statement, IAM-only users lose access and the policy is read by Admin instead', async () => {
    const namesAdminOnly = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'KeyAdmin', Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
      ],
    });
    const first = await at(base());
    const { world, key, facts } = await at(
      withSteps(first.scenario.steps, putKeyPolicyStep(first.key, namesAdminOnly)),
    );
    expect(facts.keyPolicies[key]).toBe(namesAdminOnly);
    const rows = accessMatrix(world, { keyArn: key, principals: [ADMIN, DEV], operations });
    expect(Object.values(row(rows, ADMIN)).every(Boolean)).toBe(true);
    expect(Object.values(row(rows, DEV)).some(Boolean)).toBe(false);
    const cell = rows[1]?.cells[0];
    const view = explanationView(evaluated(cell?.answer as never).result);
    expect(view.summary).toBe('denied-no-key-policy-allow-and-no-root-delegation');
    // Dev's IAM policy allows, but nothing in the key policy delegates to IAM.
    expect(view.paths.find((p) => p.path === 'iam-via-root-delegation')?.pieces).toEqual([
      { piece: 'key-policy-delegates', present: false },
      { piece: 'identity-policy', present: true },
    ]);
  });
});

describe('explanations', () => {
  it('marks the deciding statement and the path taken', async () => {
    const { world, key } = await at(base());
    const view = explanationView(
      evaluated(whatIf(world, { principal: DEV, operation: op('Encrypt'), keyArn: key })).result,
    );
    expect(view.allowed).toBe(true);
    expect(view.summary).toBe('allowed-by-iam-via-root-delegation');
    expect(view.documents.map((d) => d.id)).toEqual(['key-policy', 'identity:DevKmsUse']);
    expect(view.decidedBy?.id).toBe('identity:DevKmsUse/0');
    expect(view.paths.map((p) => [p.path, p.complete, p.decided])).toEqual([
      ['key-policy', false, false],
      ['iam-via-root-delegation', true, true],
      ['grant', false, false],
    ]);
    // The root statement delegates (outcome), it doesn't allow Dev by itself.
    expect(view.documents[0]?.statements[0]?.outcome).toBe('delegate-to-iam');
  });

  it('shows the failing condition with the request value, and the grant as a third path', async () => {
    const first = await at(base());
    const steps = withSteps(
      first.scenario.steps,
      createGrantStep(first.key, {
        granteePrincipal: PARTNER,
        operations: ['Decrypt', 'Encrypt'],
        name: 'partner-reports',
        constraint: { type: 'EncryptionContextEquals', pairs: { project: 'reports' } },
      }),
    );
    const { world, key, facts } = await at(steps);
    expect(facts.grants).toHaveLength(1);
    const wrong = explanationView(
      evaluated(
        whatIf(world, {
          principal: PARTNER,
          operation: op('Encrypt'),
          keyArn: key,
          encryptionContext: { project: 'hr' },
        }),
      ).result,
    );
    expect(wrong.summary).toBe('denied-grant-constraints-not-met');
    expect(wrong.grants[0]).toMatchObject({ role: 'closest', name: 'partner-reports', applies: false });
    expect(wrong.grants[0]?.constraints[0]?.mismatchedKeys).toEqual(['project']);
    const right = explanationView(
      evaluated(
        whatIf(world, {
          principal: PARTNER,
          operation: op('Encrypt'),
          keyArn: key,
          encryptionContext: { project: 'reports' },
        }),
      ).result,
    );
    expect(right.summary).toBe('allowed-by-grant');
    expect(right.paths.find((p) => p.decided)?.path).toBe('grant');
  });

  it('reports an explicit deny and which condition value failed', async () => {
    const denyOutsideS3 = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'OnlyThroughS3',
          Effect: 'Deny',
          Principal: { AWS: DEV },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringNotEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
        },
      ],
    });
    const first = await at(base());
    const { world, key } = await at(
      withSteps(first.scenario.steps, putKeyPolicyStep(first.key, denyOutsideS3)),
    );
    const direct = explanationView(
      evaluated(whatIf(world, { principal: DEV, operation: op('Decrypt'), keyArn: key })).result,
    );
    expect(direct.decision).toBe('ExplicitDeny');
    expect(direct.decidedBy?.id).toBe('key-policy/1');
    expect(direct.paths.find((p) => p.path === 'iam-via-root-delegation')?.overridden).toBe(true);
    const viaS3 = explanationView(
      evaluated(
        whatIf(world, {
          principal: DEV,
          operation: op('Decrypt'),
          keyArn: key,
          viaService: 's3.us-east-1.amazonaws.com',
        }),
      ).result,
    );
    expect(viaS3.allowed).toBe(true);
    const condition = viaS3.documents[0]?.statements[1]?.conditions[0];
    expect(condition).toMatchObject({
      key: 'kms:ViaService',
      requestValue: 's3.us-east-1.amazonaws.com',
      matched: false,
    });
  });
});

describe('applying a suggested fix as steps', () => {
  it('gives the Partner role Decrypt across accounts (key policy and the Partner’s IAM policy)', async () => {
    const first = await at(base());
    const ask = { principal: PARTNER, operation: op('Decrypt'), keyArn: first.key };
    const denied = evaluated(whatIf(first.world, ask));
    expect(denied.result.summary).toBe('denied-cross-account-key-policy-missing');
    const fixes = suggestFixes(denied.request, denied.result);
    const smallest = fixes[0];
    expect(smallest?.edits.map((e) => e.target)).toEqual(['key-policy', { identityPolicy: 'PartnerS3Read' }]);
    const steps = fixSteps(smallest as never, { keyArn: first.key, principal: PARTNER });
    expect(steps.map((s) => s.kind)).toEqual(['kms.call', 'iam.putPrincipalPolicy']);
    const after = await at(withSteps(first.scenario.steps, ...steps));
    const allowed = evaluated(whatIf(after.world, ask));
    expect(allowed.result.allowed).toBe(true);
    expect(allowed.result.summary).toBe('allowed-cross-account');
  });

  it('adds an IAM statement when only the IAM side is missing', async () => {
    const first = await at(base());
    const ask = { principal: APP, operation: op('DescribeKey'), keyArn: first.key };
    const denied = evaluated(whatIf(first.world, ask));
    expect(denied.result.summary).toBe('denied-iam-missing');
    const fixes = suggestFixes(denied.request, denied.result);
    // Naming App in the key policy comes first (same size, KIND_ORDER); the IAM edit is offered too.
    expect(fixes.map((f) => f.kind)).toContain('add-identity-policy-statement');
    const fix = fixes.find((f) => f.kind === 'add-identity-policy-statement');
    const steps = fixSteps(fix as never, { keyArn: first.key, principal: APP });
    expect(steps).toEqual([putPrincipalPolicyStep(APP, 'AppKmsUse', fix?.newDocument as string)]);
    const after = await at(withSteps(first.scenario.steps, ...steps));
    expect(evaluated(whatIf(after.world, ask)).result.allowed).toBe(true);
  });
});
