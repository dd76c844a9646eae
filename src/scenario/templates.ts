/**
 * Built-in scenarios learners start from. Each is plain scenario data built from the step catalogue, so it
 * goes through the same validation, replay and link codec as anything a learner makes (and the tests use them).
 * Titles and descriptions are in the i18n catalogue, keyed by template id: no English in data.
 *
 * The example text a template encrypts is in the learner's language when the scenario is made (a learner reading
 * English encrypts an English sentence). From then on it is the scenario's own data, like any text the learner
 * typed: the link, the saved file and the autosave carry its bytes, and switching the language later never
 * rewrites it. So a shared link replays the same bytes, ciphertexts and byte counts on every machine in either
 * language; only a new scenario made from the template takes the language of the moment.
 */
import { toBase64, utf8Encode } from '../crypto/encoding';
import { type Lang, languages } from '../i18n/define';
import { createScenario, type Scenario } from './schema';
import { DAY_MS } from './steps/clockAdvance';
import type { Step } from './steps/index';

export const TEMPLATE_IDS = ['envelope-basics', 'why-envelope', 'rotation'] as const;

/** The scenario a first visit opens with (then the learner's own; see the player's connection). */
export const FIRST_VISIT_TEMPLATE = 'envelope-basics' satisfies (typeof TEMPLATE_IDS)[number];
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const keyIdOf = (stepId: string) => ({ $ref: `${stepId}/KeyMetadata/KeyId` });
const base64Text = (text: string) => toBase64(utf8Encode(text));

/**
 * The templates' example texts in each language: the study notes' sentence that motivates envelope encryption,
 * and the secret the envelope example encrypts (86 bytes of UTF-8 in both, so the example's byte counts read the
 * same in either language).
 */
const EXAMPLE_TEXT: Record<Lang, { notesLine: string; secret: string }> = {
  ja: {
    notesLine: 'KMS API で直接暗号化できるのは 4KB まで。だからエンベロープ暗号化が必要。\n',
    secret: 'エンベロープ暗号化: 大きなデータはデータキーで暗号化する。',
  },
  en: {
    notesLine: 'The KMS API can encrypt at most 4 KB directly. That is why we need envelope encryption.\n',
    secret: 'Envelope encryption: large data is encrypted with a data key, which KMS then protects.',
  },
};

/** Enough copies of the notes' line to pass the 4,096-byte Encrypt limit (reference §3): 5,120 bytes or more. */
export function fiveKilobytes(lang: Lang): string {
  const line = EXAMPLE_TEXT[lang].notesLine;
  return line.repeat(Math.ceil(5120 / utf8Encode(line).length));
}

/** The notes' four encrypt steps then the two decrypt steps, with one customer managed key behind an alias. */
export function envelopeFlow(
  alias: string,
  text: string,
  object: { bucket: string; key: string },
  first: number,
): Step[] {
  const id = (n: number) => `s${first + n}`;
  const encryptionContext = { purpose: 'kms-lab', object: `${object.bucket}/${object.key}` };
  return [
    {
      id: id(0),
      kind: 'kms.call',
      op: 'GenerateDataKey',
      request: { KeyId: alias, KeySpec: 'AES_256', EncryptionContext: encryptionContext },
    },
    { id: id(1), kind: 'envelope.encrypt', dataKey: id(0), text },
    { id: id(2), kind: 'envelope.discardDataKey', dataKey: id(0) },
    { id: id(3), kind: 'envelope.store', envelope: id(1), object },
    { id: id(4), kind: 'envelope.decrypt', object },
  ];
}

export function keyWithAlias(alias: string): Step[] {
  return [
    { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { Description: 'KMS Lab study key' } },
    {
      id: 's2',
      kind: 'kms.call',
      op: 'CreateAlias',
      request: { AliasName: alias, TargetKeyId: keyIdOf('s1') },
    },
  ];
}

const builders: Record<TemplateId, (lang: Lang) => Scenario> = {
  'envelope-basics': (lang) =>
    createScenario('envelope-basics', {}, [
      ...keyWithAlias('alias/study-notes'),
      ...envelopeFlow(
        'alias/study-notes',
        EXAMPLE_TEXT[lang].secret,
        { bucket: 'kms-lab-notes', key: 'notes/secret.txt' },
        3,
      ),
    ]),
  'why-envelope': (lang) => {
    const big = fiveKilobytes(lang);
    return createScenario('why-envelope', {}, [
      ...keyWithAlias('alias/big-data'),
      // Fails with ValidationException: Plaintext is limited to 4,096 bytes (reference §3).
      {
        id: 's3',
        kind: 'kms.call',
        op: 'Encrypt',
        request: { KeyId: 'alias/big-data', Plaintext: base64Text(big) },
      },
      ...envelopeFlow('alias/big-data', big, { bucket: 'kms-lab-notes', key: 'notes/five-kb.txt' }, 4),
    ]);
  },
  rotation: () =>
    createScenario('rotation', {}, [
      { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { Description: 'KMS Lab rotation key' } },
      {
        id: 's2',
        kind: 'kms.call',
        op: 'Encrypt',
        request: { KeyId: keyIdOf('s1'), Plaintext: base64Text('before rotation') },
      },
      {
        id: 's3',
        kind: 'kms.call',
        op: 'EnableKeyRotation',
        request: { KeyId: keyIdOf('s1'), RotationPeriodInDays: 90 },
      },
      // One period after enabling, KMS rotates automatically (reference §5).
      { id: 's4', kind: 'clock.advance', ms: 91 * DAY_MS },
      { id: 's5', kind: 'kms.call', op: 'ListKeyRotations', request: { KeyId: keyIdOf('s1') } },
      {
        id: 's6',
        kind: 'kms.call',
        op: 'Encrypt',
        request: { KeyId: keyIdOf('s1'), Plaintext: base64Text('after rotation') },
      },
      // The old ciphertext still decrypts: every backing key is kept (reference §5).
      {
        id: 's7',
        kind: 'kms.call',
        op: 'Decrypt',
        request: { CiphertextBlob: { $ref: 's2/CiphertextBlob' } },
      },
      {
        id: 's8',
        kind: 'kms.call',
        op: 'Decrypt',
        request: { CiphertextBlob: { $ref: 's6/CiphertextBlob' } },
      },
    ]),
};

/** A new scenario from a built-in one, its example text in `lang` (the learner's language when it is made). */
export function templateScenario(id: TemplateId, lang: Lang): Scenario {
  return builders[id](lang);
}

/**
 * The built-in scenario `scenario` is, unchanged, if it is one: nothing of the learner's own is in it, so a link
 * or file may replace it without asking (issue #13).
 */
export function untouchedTemplate(scenario: Scenario): TemplateId | undefined {
  const text = JSON.stringify(scenario);
  return TEMPLATE_IDS.find((id) =>
    languages.some((lang) => JSON.stringify(templateScenario(id, lang)) === text),
  );
}
