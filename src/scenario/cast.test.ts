import { describe, expect, it } from 'vitest';
import { CAST_IDS, castMember, castOf, castSteps, PARTNER_ACCOUNT_ID, viaServiceOf } from './cast';
import { createReplayer } from './replay';
import { createScenario } from './schema';
import { validateScenario } from './validateScenario';

describe('the cast', () => {
  it('has four principals in the key account and one in the partner account', () => {
    const cast = castOf();
    expect(cast.map((m) => m.id)).toEqual([...CAST_IDS]);
    expect(cast.filter((m) => m.home).map((m) => m.arn)).toEqual([
      'arn:aws:iam::111122223333:role/Admin',
      'arn:aws:iam::111122223333:user/Dev',
      'arn:aws:iam::111122223333:role/App',
      'arn:aws:iam::111122223333:role/Auditor',
    ]);
    expect(castMember('partner').arn).toBe(`arn:aws:iam::${PARTNER_ACCOUNT_ID}:role/Partner`);
  });

  it('follows the scenario account and Region', () => {
    const cast = castOf('123456789012', 'eu-west-1');
    expect(castMember('dev', '123456789012').arn).toBe('arn:aws:iam::123456789012:user/Dev');
    const app = cast.find((m) => m.id === 'app');
    expect(app?.policies[0]?.document).toContain('arn:aws:kms:eu-west-1:123456789012:key/*');
    // The partner stays in its own account whatever the scenario's account.
    expect(cast.find((m) => m.id === 'partner')?.accountId).toBe(PARTNER_ACCOUNT_ID);
  });

  it('enters a scenario as valid iam.putPrincipalPolicy steps that never clash with appended s<n> ids', () => {
    const steps = castSteps();
    expect(steps.map((s) => s.id)).toEqual(['cast1', 'cast2', 'cast3', 'cast4']);
    const scenario = validateScenario(
      createScenario('cast', {}, [...steps, { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} }]),
    );
    expect(scenario.steps).toHaveLength(5);
  });

  it('replays into principals with their starting policies (Admin keeps the engine default)', async () => {
    const replayer = createReplayer(createScenario('cast', {}, castSteps()));
    const view = await replayer.goTo(3);
    const policies = Object.fromEntries(view.principals.map((p) => [p.arn, p.policies.map((x) => x.name)]));
    expect(policies).toEqual({
      'arn:aws:iam::111122223333:role/Admin': ['AdministratorKmsAccess'],
      'arn:aws:iam::111122223333:user/Dev': ['DevKmsUse'],
      'arn:aws:iam::111122223333:role/App': ['AppKmsUse'],
      'arn:aws:iam::111122223333:role/Auditor': ['AuditorKmsReadOnly'],
      'arn:aws:iam::444455556666:role/Partner': ['PartnerS3Read'],
    });
  });

  it('names services by their kms:ViaService endpoint', () => {
    expect(viaServiceOf('s3', 'us-east-1')).toBe('s3.us-east-1.amazonaws.com');
    // EBS calls KMS through EC2 (reference §11).
    expect(viaServiceOf('ebs', 'ap-northeast-1')).toBe('ec2.ap-northeast-1.amazonaws.com');
    expect(viaServiceOf('nope', 'us-east-1')).toBeUndefined();
  });
});
