/**
 * Example commands for learners, in the order of the study notes' lesson: a key, its alias, Encrypt with an
 * encryption context, keeping the ciphertext in a file, Decrypt, then what goes wrong (a different context,
 * a principal without permission). The lines follow the AWS CLI's own KMS examples (`aws kms encrypt` and
 * `aws kms decrypt` in the AWS CLI Command Reference); the descriptions live in the i18n catalogue.
 */
export const EXAMPLES = [
  {
    id: 'createKey',
    line: 'KEY_ID=$(aws kms create-key --description "My app key" --query KeyMetadata.KeyId --output text)',
  },
  { id: 'createAlias', line: 'aws kms create-alias --alias-name alias/app --target-key-id $KEY_ID' },
  {
    id: 'encrypt',
    line: 'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context purpose=demo',
  },
  {
    id: 'encryptToFile',
    line:
      'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context purpose=demo ' +
      '--output text --query CiphertextBlob | base64 --decode > secret.enc',
  },
  {
    id: 'decrypt',
    line:
      'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=demo ' +
      '--output text --query Plaintext | base64 --decode',
  },
  {
    id: 'decryptWrongContext',
    line: 'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=other',
  },
  { id: 'listAliases', line: 'aws kms list-aliases --key-id $KEY_ID --output table' },
  { id: 'describeAsDev', line: 'aws kms describe-key --key-id alias/app --profile dev --query KeyMetadata' },
  {
    id: 'encryptAsAuditor',
    line: 'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --profile auditor',
  },
  { id: 'help', line: 'aws kms help' },
] as const;

export type ExampleId = (typeof EXAMPLES)[number]['id'];
