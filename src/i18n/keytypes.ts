import { defineMessages } from './define';

/**
 * The Key types section. Facts follow the study notes (seed/kms-study-notes.ja.md) enriched with the
 * reference (§1 key types and pricing, §5 rotation, §8 Regions, §9 CloudTrail, §10 FIPS, §3 Encrypt limit).
 * Text in `backticks` is an API name or identifier and is shown as code.
 */
export const keytypes = defineMessages({
  title: 'Three kinds of KMS key',
  lead: 'Every KMS key is one of three kinds. They differ in who manages the key, what you can see and change, how it rotates and what it costs. Choose the kinds to compare, then open “What happens if…” on any row.',
  kinds: {
    customer: {
      name: 'Customer managed key',
      summary: 'You create it and decide everything: key policy, rotation, deletion.',
    },
    awsManaged: {
      name: 'AWS managed key',
      summary: 'An AWS service creates it in your account for you. You can see it, not change it.',
    },
    awsOwned: {
      name: 'AWS owned key',
      summary: 'An AWS service keeps it in its own account. You never see it.',
    },
  },
  compare: {
    label: 'Kinds to compare',
    shown: 'In the table',
    hidden: 'Not in the table',
    lastOne: 'At least one kind stays in the table.',
  },
  table: {
    caption: 'The three kinds of KMS key compared',
    aspect: 'Aspect',
    whatIf: 'What happens if',
  },
  rows: {
    manager: {
      label: 'Who manages it',
      customer: 'You, the customer',
      awsManaged: 'AWS, for a service in your account',
      awsOwned: 'The AWS service that owns it',
      question: '…you want to decide yourself who may use the key?',
      answer:
        'Only a customer managed key lets you write its key policy and grants. The policy of an AWS managed key is written by AWS: everyone in your account may use the key, but only through its service. The policy of an AWS owned key is not even visible to you.',
    },
    livesIn: {
      label: 'Where it lives',
      customer: 'Your account, in one Region',
      awsManaged: 'Your account, in one Region',
      awsOwned: 'An account of the AWS service',
      question: '…you need the same data in another Region?',
      answer:
        'KMS is a regional service: a key exists only in the Region where it was created, and its key material never leaves it. Ciphertext made in `us-east-1` cannot be decrypted in `eu-west-1` with a single-Region key. Multi-Region keys (customer managed only) are related keys that share key material; AWS managed keys are always single-Region.',
    },
    identifiedBy: {
      label: 'How you refer to it',
      customer: 'Key ID, key ARN, or your own alias such as `alias/my-app`',
      awsManaged: 'A predefined alias `alias/aws/<service>`, e.g. `alias/aws/s3`',
      awsOwned: 'You don’t: it is invisible to you',
      question: '…you call `DescribeKey` on `alias/aws/s3` before S3 has ever used it?',
      answer:
        'KMS creates the AWS managed key on the spot, associates the alias with it and returns its `KeyId` and `Arn`. You cannot create an alias that begins with `alias/aws/`, nor point your own alias at an AWS managed key.',
    },
    keyManager: {
      label: '`KeyManager` shown by `DescribeKey`',
      customer: '`CUSTOMER`',
      awsManaged: '`AWS`',
      awsOwned: 'Nothing: the key is not in your account',
      question: '…a script has to tell the kinds apart?',
      answer:
        'Call `DescribeKey` and read `KeyMetadata.KeyManager`: `CUSTOMER` for the keys you manage, `AWS` for AWS managed keys. The KMS console lists the two on separate pages.',
    },
    view: {
      label: 'See its metadata, key policy and CloudTrail events',
      customer: 'Yes',
      awsManaged: 'Yes, read-only',
      awsOwned: 'No',
      question: '…you look in CloudTrail for the uses of a key?',
      answer:
        'Every request to a customer managed or AWS managed key appears in your account’s CloudTrail, failed and denied ones included. A call that a service made for you names it, e.g. `invokedBy: s3.amazonaws.com`. Uses of an AWS owned key never appear in your account.',
    },
    change: {
      label: 'Change its policy, enable or disable it, tag it, schedule its deletion',
      customer: 'Yes',
      awsManaged: 'No',
      awsOwned: 'No',
      question: '…you try to disable or delete an AWS managed key?',
      answer:
        'The request is refused: the key policy AWS wrote allows nobody to manage the key. AWS managed keys cannot be disabled, deleted or given another policy. If you need that control, use a customer managed key.',
    },
    directUse: {
      label: 'Use it yourself in `Encrypt`, `Decrypt`, `GenerateDataKey`',
      customer: 'Yes, when the key policy and IAM allow it',
      awsManaged: 'No: only through its service',
      awsOwned: 'No',
      question: '…you call `Encrypt` yourself with `alias/aws/s3`?',
      answer:
        '`AccessDeniedException`. The policy of an AWS managed key allows use only when the request comes through its service (condition `kms:ViaService`, e.g. `s3.us-east-1.amazonaws.com`) from your own account (`kms:CallerAccount`). Uploading an object to S3 with SSE-KMS makes S3 call `GenerateDataKey` for you.',
    },
    rotation: {
      label: 'Rotation',
      customer:
        'Optional automatic rotation: every 365 days by default, 90–2,560 days if you choose; plus on-demand rotation (up to 25 times per key)',
      awsManaged: 'Automatic every year, always on (since May 2022; every 3 years before)',
      awsOwned: 'Decided by the service that owns it',
      question: '…a key rotates: can older ciphertext still be decrypted?',
      answer:
        'Yes. Rotation adds a new backing key for new encryptions and keeps every earlier one until the KMS key is deleted; each ciphertext records which backing key made it. The key ID, ARN, aliases and policy stay the same, and existing data is not re-encrypted (`ReEncrypt` does that when you want it).',
    },
    useCase: {
      label: 'Typical use',
      customer: 'Audit, fine-grained access control, cross-account sharing',
      awsManaged: 'Simple default encryption for one service in your account',
      awsOwned: 'Encryption inside some services by default',
      question: '…another AWS account has to decrypt your data?',
      answer:
        'Use a customer managed key: its key policy must allow the other account, and an IAM policy in that account must allow its user or role. An AWS managed key cannot be shared, because you cannot change its policy.',
    },
    monthlyFee: {
      label: 'Monthly fee',
      customer:
        '$1 per key per month, prorated hourly; the first and second rotations add $1 each (at most $3)',
      awsManaged: 'None',
      awsOwned: 'None',
      question: '…a customer managed key has rotated five times?',
      answer:
        'Since the April 2024 price change it costs $3 a month: $1 for the key plus $1 for each of the first two rotations; later rotations are free. Before that change every rotation added $1 with no cap, so the same key cost $6 a month. A key waiting to be deleted is not charged.',
    },
    requestFee: {
      label: 'Request fees',
      customer: 'Yes: $0.03 per 10,000 symmetric requests beyond the free tier',
      awsManaged: 'Yes (some services pay them for you)',
      awsOwned: 'None',
      question: '…an application makes 1,000,000 symmetric `Decrypt` requests in a month?',
      answer:
        'The first 20,000 requests each month are free, counted across all Regions. The other 980,000 cost 98 × $0.03 = $2.94. Requests to AWS managed keys are charged in the same way.',
    },
    quota: {
      label: 'Counts against the quota of 100,000 KMS keys per account and Region',
      customer: 'Yes',
      awsManaged: 'No',
      awsOwned: 'No',
      question: '…AWS services create AWS managed keys in your account?',
      answer: 'They do not count: only the KMS keys you create count against the quota.',
    },
  },
  facts: {
    title: 'What KMS is built on',
    region: {
      title: 'A regional service',
      body: 'Keys, aliases, grants and quotas belong to one account in one Region, and key material never leaves its Region. To use the same data elsewhere you need a key there, or a multi-Region key.',
    },
    cloudTrail: {
      title: 'Every use is audited in CloudTrail',
      body: 'KMS records each API call as a CloudTrail management event: who called, which key, when, through which service, and the encryption context. Plaintext, ciphertext and data keys are never logged.',
    },
    hsm: {
      title: 'Keys are used only inside validated HSMs',
      body: 'The key material of a KMS key is generated and used inside the hardware security modules (HSMs) of KMS and never leaves them in plaintext. Their validation level has changed over the years:',
      notesSay: 'The study notes say',
      notesValue: 'FIPS 140-2 Level 2',
      awsSays: 'AWS states today',
      awsValue: 'FIPS 140-3 Level 3 (CMVP certificate #4884)',
      history: {
        y2017:
          'From 2017: FIPS 140-2, overall Level 2 (Level 3 in four areas). Older documentation, and the notes, still say this.',
        y2023: 'May 2023: FIPS 140-2 Level 3, announced on the AWS Security Blog.',
        today:
          'Today: FIPS 140-3 Security Level 3, CMVP certificate #4884 (security policy of October 2024).',
      },
      caveat:
        'China Regions use OSCCA-certified HSMs instead. The FIPS endpoints (`kms-fips.<region>.amazonaws.com`) are about TLS, not the HSMs.',
    },
    envelope: {
      title: 'Why envelope encryption exists',
      body: '`Encrypt` takes at most 4,096 bytes (4 KB) of plaintext. To protect anything larger, KMS encrypts a small data key instead of your data:',
      steps: {
        generate:
          '`GenerateDataKey` returns a data key twice: in plaintext, and encrypted under your KMS key.',
        encrypt: 'Your data is encrypted locally with the plaintext data key.',
        discard: 'The plaintext data key is erased from memory at once.',
        store:
          'The encrypted data key is stored next to the encrypted data (S3, EBS…). To read it, `Decrypt` turns the encrypted data key back into the data key.',
      },
      outro: 'This is envelope encryption: what KMS Lab is built to show, step by step, with real bytes.',
    },
  },
  specs: {
    title: 'Key specs: what each one is for',
    lead: 'A key’s spec is chosen when the key is created and never changes. It decides what the key can do (its key usages) and with which algorithms. The usages and algorithms below are the simulator’s own, as `CreateKey` and `DescribeKey` report them.',
    usages: 'Key usages',
    algorithms: 'Algorithms',
    create: 'Create a key with spec `{spec}` in Keys',
    families: {
      symmetric: {
        title: 'Symmetric encryption',
        for: 'The default, and the only kind AWS services use to encrypt your data (S3, EBS, RDS, Secrets Manager…). One 256-bit AES-GCM key that never leaves KMS: `Encrypt` takes up to 4 KB, `GenerateDataKey` starts envelope encryption. The only spec that rotates automatically.',
      },
      hmac: {
        title: 'HMAC: message authentication codes',
        for: '`GenerateMac` and `VerifyMac`: a code that proves a message came from someone allowed to use the key and was not changed. The key is secret, so both sides call KMS: for tokens a service issues and later checks itself.',
      },
      rsa: {
        title: 'RSA: encryption or signing',
        for: 'Encryption or signing, never both: the key usage is chosen at creation. `ENCRYPT_DECRYPT` uses OAEP padding (`RSAES_OAEP_*`) and takes at most 214 / 190 bytes (RSA_2048, SHA-1 / SHA-256), 342 / 318 (RSA_3072) or 470 / 446 (RSA_4096): a password or a key, not a file. `SIGN_VERIFY` signs with PSS or PKCS #1 v1.5 padding (`RSASSA_PSS_*`, `RSASSA_PKCS1_V1_5_*`). Every platform reads an RSA public key, so partners who cannot call KMS can encrypt to you or check your signatures.',
      },
      eccNist: {
        title: 'NIST elliptic curves',
        for: 'Signing with ECDSA (smaller keys and signatures than RSA: code, documents, JSON web tokens) or key agreement, never both. With `KEY_AGREEMENT`, `DeriveSharedSecret` runs ECDH between the private key inside KMS and a partner’s public key, so both sides reach the same secret without sending it.',
      },
      secp256k1: {
        title: 'secp256k1: blockchain signatures',
        for: 'Signing only, with `ECDSA_SHA_256`. It is the curve of Bitcoin and Ethereum: a blockchain account’s private key can stay in KMS and sign its transactions.',
      },
      mlDsa: {
        title: 'ML-DSA (post-quantum signatures)',
        for: 'Signatures meant to stay secure against a future quantum computer (FIPS 204). They are larger: 2,420 to 4,627 bytes. One algorithm, `ML_DSA_SHAKE_256`; a message is signed `RAW` (up to 4 KB) or as a 64-byte μ computed outside (`EXTERNAL_MU`).',
      },
      mlKem: {
        title: 'ML-KEM (post-quantum key establishment)',
        for: 'A shared secret that a quantum computer cannot recover (FIPS 203). `Encapsulate` returns a 32-byte secret and its ciphertext; only `Decapsulate`, with the private key in KMS, turns the ciphertext back into the secret. A wrong ciphertext gives a random-looking secret, not an error (implicit rejection).',
      },
    },
    notes: {
      title: 'True of every asymmetric key',
      rotation:
        'No automatic rotation: only symmetric encryption keys rotate, and `EnableKeyRotation` refuses asymmetric and HMAC keys. To replace one, create a new key and move its alias; whoever kept the old public key must fetch the new one.',
      publicKey:
        'The public key may leave KMS: `GetPublicKey` returns it (DER-encoded `SubjectPublicKeyInfo`). That is the point: anyone, even without AWS credentials, can encrypt to the key or verify its signatures offline. The private key never leaves KMS unencrypted.',
      signature:
        'A valid signature proves that someone allowed to call `Sign` with this key signed exactly these bytes, and that not one has changed since. It does not prove when they were signed or that what they say is true, and it does not keep them secret.',
      services:
        'AWS services that encrypt your data accept only symmetric encryption keys: asymmetric keys are for work outside AWS, with parties that cannot call KMS.',
    },
  },
  sources: 'Sources',
});
