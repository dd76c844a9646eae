import { defineMessages } from './define';

/**
 * The study notes section: the learner's own notes (/work/shared/seed/kms-study-notes.ja.md), point by point.
 * The Japanese side is the notes' original wording; the English side translates it faithfully. Markup inside
 * the notes' text: ==highlight== (the notes' own highlights), `identifier`, [[English words kept in the
 * Japanese original]] (marked lang="en").
 */
export const notes = defineMessages({
  title: 'Study notes: AWS KMS',
  lead: 'The notes this lab grew from, point by point. Each point links to the part of KMS Lab that shows it happening; where AWS says something different today, a badge says what.',
  original: 'Original: the learner’s notes in Japanese. Highlights are the notes’ own.',
  heading: 'AWS KMS (Key Management Service)',
  level: 'Associate level',
  explore: 'Explore in “{section}”',
  exploreExample: 'Open the example “{example}”',
  awsToday: 'AWS today',
  examples: {
    'envelope-basics': 'Envelope encryption, step by step',
    'why-envelope': 'Why envelope encryption (encrypting 5 KB directly fails)',
    rotation: 'Rotation keeps the old backing keys',
  },
  lifecycle: {
    label: 'Lifecycle management of encryption keys',
    managed: 'Fully managed',
    region: 'A ==Regional service==',
    cloudtrail: 'Integrated with ==CloudTrail== (audit log of key use)',
    fips: '==FIPS 140-2 Level 2==',
  },
  keyTypes: {
    label: 'Key types',
    retained: 'After rotation, ==decrypting with the old key still works== (backing keys are retained)',
    caption: 'The three kinds of KMS key, as the notes compare them',
    head: {
      kind: 'Kind',
      admin: 'Managed by',
      rotation: 'Rotation',
      useCase: 'Use case',
      price: 'Price',
    },
    awsManaged: {
      kind: '==AWS managed key==',
      admin: 'AWS',
      rotation: 'Automatic (1 year)',
      useCase: 'Simple',
      price: 'Free',
    },
    customer: {
      kind: '==Customer managed key (CMK)==',
      admin: 'Customer',
      rotation: 'Configurable (1 year)',
      useCase: 'Auditing, access control, ==cross-account==',
      price: '==$1/month + API calls==',
    },
    awsOwned: {
      kind: '==AWS owned key==',
      admin: 'AWS',
      rotation: 'Managed by AWS',
      useCase: 'Internal encryption in some services',
      price: 'Free',
    },
  },
  keyPolicy: {
    term: 'Key Policy',
    text: 'A ==resource-based policy== for access to a KMS key / used together with IAM policies / default: full access for the root user',
  },
  envelope: {
    term: 'Envelope encryption',
    text: 'The KMS API can encrypt directly ==only up to 4 KB==, so this mechanism is needed',
  },
  encryptFlow: {
    title: 'The encryption flow',
    generate: '`GenerateDataKey` API',
    kms: 'KMS (CMK)',
    plainKey: 'Data key (plaintext)',
    plainKeyUse: 'used to encrypt the data',
    encryptedKey: 'Data key (encrypted)',
    encryptedKeyUse: 'for storage',
    returns: 'returns',
    encryptData: 'Encrypt the data',
    encrypts: 'encrypts',
    largeData: 'Large data',
    discard: 'Discard the plaintext data key ==immediately== (delete it from memory)',
    store: 'Store',
    bundle: 'Encrypted data key + encrypted data',
    storedIn: 'S3, EBS, etc.',
    goesTo: 'goes to',
  },
  decryptFlow: {
    title: 'The decryption flow',
    decrypt: '`Decrypt` API',
    kms: 'KMS (CMK)',
    encryptedKey: 'Data key (encrypted)',
    plainKey: 'Data key (plaintext)',
    sends: 'sent to KMS',
    returns: 'returns',
    decryptData: 'Decrypt the data',
    decrypts: 'decrypts',
    original: 'The original data',
  },
  services: {
    term: 'Integrated services',
    caption: 'AWS services that encrypt with KMS, and what they encrypt',
    service: 'Service',
    target: 'What is encrypted',
    s3: 'Objects (==SSE-KMS==)',
    ebs: 'Volumes',
    rds: 'Databases',
    efs: 'File systems',
    lambda: 'Environment variables',
    secrets: 'Secrets',
    parameter: '`SecureString`',
  },
  correction: {
    fips: 'The KMS HSMs are validated at FIPS 140-3 Security Level 3 (CMVP certificate #4884). “FIPS 140-2 Level 2” was the rating from 2017; Level 3 since May 2023.',
    cmk: 'AWS no longer says “customer master key (CMK)”: any key is a “KMS key”, and one you create is a “customer managed key”.',
    customerRotation:
      'Automatic rotation is optional and off until you enable it; its period is 90 to 2,560 days (default 365). You can also rotate on demand (`RotateKeyOnDemand`).',
    awsManagedRotation:
      'Every year, and it cannot be changed: since May 2022 (before that, about every three years).',
    price:
      '$1 a month per key (prorated by the hour) plus requests ($0.03 per 10,000 after 20,000 free a month). The first and second rotations add $1 a month each (at most $3 a month per key); later rotations are free.',
    keyPolicy:
      'The default key policy allows `kms:*` to the account (`arn:aws:iam::<account>:root`). That does not single out the root user: it lets the account’s IAM policies grant access to the key.',
    envelope: 'Precisely: up to 4,096 bytes of plaintext per `Encrypt` call.',
  },
  confirm: {
    title: 'Open the example?',
    body: 'You have your own scenario ({steps} {steps|one=step|other=steps}). Opening the example “{example}” replaces it in this browser.',
    open: 'Open the example',
    keep: 'Keep my work',
    saveFirst: 'Save mine as a file first',
  },
});
