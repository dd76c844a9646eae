import { describe, expect, it } from 'vitest';
import { crossAccountIdentityPolicy } from '../../kms/policy';
import { castSteps } from '../cast';
import { createReplayer } from '../replay';
import { createScenario } from '../schema';
import { TEMPLATE_IDS, templateScenario } from '../templates';
import { iamPolicyDocumentError } from './iamPutPrincipalPolicy';

const DEV = 'arn:aws:iam::111122223333:user/Dev';
const doc = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const ok = { Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' };

/** Each malformed document with IAM's answer (sources in iamPutPrincipalPolicy.ts). */
const MALFORMED: [string, string, { name: string; message: string }][] = [
  [
    'JSON that does not parse',
    '{"Version": "2012-10-17", "Statement": [',
    { name: 'MalformedPolicyDocument', message: 'This policy contains invalid Json' },
  ],
  [
    'a Principal (it belongs in resource policies)',
    doc({ ...ok, Principal: { AWS: DEV } }),
    { name: 'MalformedPolicyDocument', message: 'Policy document should not specify a principal.' },
  ],
  [
    'no Action',
    doc({ Effect: 'Allow', Resource: '*' }),
    { name: 'MalformedPolicyDocument', message: 'Policy statement must contain actions.' },
  ],
  [
    'no Resource',
    doc({ Effect: 'Allow', Action: 'kms:Encrypt' }),
    { name: 'MalformedPolicyDocument', message: 'Policy statement must contain resources.' },
  ],
  [
    'a Resource that is not an ARN',
    doc({ ...ok, Resource: 'my-key' }),
    { name: 'MalformedPolicyDocument', message: 'Resource my-key must be in ARN format or "*".' },
  ],
  [
    'a Sid with a dash',
    doc({ ...ok, Sid: 'use-keys' }),
    {
      name: 'MalformedPolicyDocument',
      message:
        'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
    },
  ],
  [
    'an Effect that is neither Allow nor Deny',
    doc({ ...ok, Effect: 'Permit' }),
    { name: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' },
  ],
  [
    'an action with two colons',
    doc({ ...ok, Action: 'kms:Encrypt:Now' }),
    { name: 'MalformedPolicyDocument', message: 'Actions/Condition can contain only one colon.' },
  ],
  [
    'a wildcard service prefix',
    doc({ ...ok, Action: '*:Encrypt' }),
    {
      name: 'MalformedPolicyDocument',
      message: 'Action vendors (e.g., aws, ec2, etc.) must not contain wildcards',
    },
  ],
  [
    'a character outside the PolicyDocument pattern',
    doc({ ...ok, Sid: 'Keys\u3042' }),
    {
      name: 'ValidationError',
      message:
        "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    },
  ],
];

describe('iam.putPrincipalPolicy refuses what IAM refuses', () => {
  it.each(MALFORMED)('%s', async (_, policyDocument, expected) => {
    const scenario = createScenario('iam-malformed', {}, [
      {
        id: 's1',
        kind: 'iam.putPrincipalPolicy',
        principal: DEV,
        policyName: 'Good',
        policyDocument: doc(ok),
      },
      { id: 's2', kind: 'iam.putPrincipalPolicy', principal: DEV, policyName: 'Bad', policyDocument },
    ]);
    const view = await createReplayer(scenario).goTo(1);
    expect(view.result).toMatchObject({ ok: false, error: { source: 'iam', ...expected } });
    expect(view.caption).toEqual({
      code: 'iamPolicyFailed',
      params: { policyName: 'Bad', errorName: expected.name, message: expected.message },
    });
    // Nothing is attached: Dev keeps only the policy it had.
    expect(view.principals.find((p) => p.arn === DEV)?.policies.map((p) => p.name)).toEqual(['Good']);
  });

  it('accepts well-formed documents, including other services’ actions and wildcards', () => {
    for (const document of [
      doc(ok),
      doc({ Effect: 'Deny', NotAction: ['kms:Decrypt', 's3:Get*'], NotResource: 'arn:aws:kms:*:*:key/*' }),
      doc({
        ...ok,
        Action: 'kms:*',
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      }),
      ...castSteps().map((s) => s.policyDocument),
      // The IAM panel's template for the partner account.
      crossAccountIdentityPolicy({
        keyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    ])
      expect(iamPolicyDocumentError(document)).toBeUndefined();
  });

  it.each(TEMPLATE_IDS)('accepts every IAM policy of template %s', async (id) => {
    const scenario = templateScenario(id, 'ja');
    const { records } = await createReplayer(scenario).history(scenario.steps.length - 1);
    for (const record of records.filter((r) => r.step.kind === 'iam.putPrincipalPolicy'))
      expect(record.result).toMatchObject({ ok: true });
  });
});
