import type { keytypes } from '../../i18n/keytypes';

/** The three kinds of KMS key (reference §1), in the order the AWS docs list them. */
export const keyKinds = ['customer', 'awsManaged', 'awsOwned'] as const;
export type KeyKind = (typeof keyKinds)[number];

/** The comparison rows, in the order their messages are declared in the catalogue. */
export type RowId = keyof typeof keytypes.rows;

/** Rows that are a plain yes/no per kind get an icon as well as words, so colour is never the only cue. */
export const verdicts: Partial<Record<RowId, Record<KeyKind, boolean>>> = {
  view: { customer: true, awsManaged: true, awsOwned: false },
  change: { customer: true, awsManaged: false, awsOwned: false },
  directUse: { customer: true, awsManaged: false, awsOwned: false },
  quota: { customer: true, awsManaged: false, awsOwned: false },
};

/** AWS pages the section's facts come from, by their (English) titles. */
export const sources = [
  {
    title: 'AWS KMS keys — Customer keys and AWS keys',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt',
  },
  {
    title: 'Rotate AWS KMS keys',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  },
  {
    title: 'Logging AWS KMS API calls with AWS CloudTrail',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html',
  },
  {
    title: 'Key spec reference',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html',
  },
  {
    title: 'Asymmetric keys in AWS KMS',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html',
  },
  {
    title: 'AWS KMS API Reference: Decapsulate',
    url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Decapsulate.html',
  },
  { title: 'AWS KMS quotas', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/limits.html' },
  {
    title: 'AWS KMS API Reference: Encrypt',
    url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html',
  },
  {
    title: 'AWS KMS API Reference: DescribeKey',
    url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html',
  },
  { title: 'AWS Key Management Service Pricing', url: 'https://aws.amazon.com/kms/pricing/' },
  {
    title: 'AWS Security Blog: The curious case of faster AWS KMS symmetric key rotation',
    url: 'https://aws.amazon.com/blogs/security/the-curious-case-of-faster-aws-kms-symmetric-key-rotation/',
  },
  {
    title: 'AWS KMS cryptographic details',
    url: 'https://docs.aws.amazon.com/kms/latest/cryptographic-details/intro.html',
  },
  {
    title: 'Data protection in AWS Key Management Service',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/data-protection.html',
  },
  {
    title: 'NIST CMVP certificate #4884',
    url: 'https://csrc.nist.gov/projects/cryptographic-module-validation-program/certificate/4884',
  },
] as const;
