import { defineMessages } from './define';

/**
 * Lessons and the practice exam (src/scenario/lessons): per lesson its title, narration (`say`) and speaker
 * notes per step, chapter titles, and each question's stem and explanation; per practice question its stem and
 * explanation. Option labels are derived from the candidate outcome (`outcome.*`), never written per question,
 * because the simulator decides which one is right. Loaded with the lessons section only (its own chunk).
 */
export const lessons = defineMessages({
  title: 'Lessons',
  lead: 'Guided lessons that follow the study notes point by point. Each lesson is a scenario you step through with the player; before some steps you predict what happens, and the simulator decides by running the step.',
  list: 'Lessons',
  practiceTitle: 'Practice exam',
  practiceLead:
    '{count} {count|one=question|other=questions} in the style of the AWS certification exams. Each is decided by running a small scenario in the simulator.',
  resume: 'Reached step {step}',
  done: 'Done',
  lessonOf: 'Lesson {n} of {total}',
  chapter: 'Chapter: {title}',
  intro: 'Before the first step',
  speakerNotes: 'Speaker notes',
  backToList: 'All lessons',
  nextLesson: 'Next lesson: {title}',
  finished: 'You reached the end of this lesson.',
  confirmTitle: 'Open the lesson?',
  confirmBody:
    'You have your own scenario ({steps} {steps|one=step|other=steps}). Opening the lesson “{lesson}” replaces it in this browser.',
  confirmOpen: 'Open the lesson',
  confirmKeep: 'Keep my work',
  confirmSave: 'Save mine as a file first',
  question: {
    label: 'Predict',
    before: 'Before step {step}: what will happen?',
    answer: 'Check my answer',
    running: 'Running the step…',
    right: 'Right.',
    wrong: 'Not this time.',
    yours: 'Your answer: {answer}',
    happened: 'What the simulator did: {answer}',
  },
  quiz: {
    begin: 'Begin the practice exam',
    again: 'New attempt (new order)',
    progress: 'Question {n} of {total}',
    submit: 'Submit answer',
    finish: 'See my score',
    score: 'Score: {right} of {total}',
    review: 'Review',
    attempt: 'Attempt {n}',
    best: 'Best score so far: {right} of {total}',
    correct: 'Correct',
    incorrect: 'Incorrect',
    undecidable:
      'The simulator did something none of the options say ({observed}). Please report this question.',
  },
  outcome: {
    ok: 'It succeeds',
    error: 'It fails with `{name}`',
    original: 'The original backing key (from when the key was created)',
    rotated: 'The backing key made by rotation {n}',
    bytes: '{n} {n|one=byte|other=bytes}',
    trailNone: 'No CloudTrail record',
    trailRecorded: 'A CloudTrail record of the successful call',
    trailError: 'A CloudTrail record with `errorCode` `{code}`',
    keyState: 'The key is `{state}`',
  },
  lesson: {
    'key-types': {
      title: 'Key types: customer managed, AWS managed, AWS owned',
      summary: 'Who manages each kind of KMS key, who may use it, and where you see it.',
      start: {
        say: 'KMS is a fully managed service: AWS runs the hardware and software, you decide which keys exist and who may use them. There are three kinds of key.',
        notes:
          'Ask the room which kind of key their S3 buckets use today. Most will not know: that is what this lesson shows.',
      },
      chapters: {
        customer: 'Customer managed keys',
        awsManaged: 'AWS managed keys',
        awsOwned: 'AWS owned keys',
      },
      steps: {
        s1: {
          say: 'You create a customer managed key with `CreateKey`. It lives in your account, and you control its policy, rotation and deletion.',
          notes:
            'The notes call it “CMK”; AWS today says “KMS key”, and one you create is a “customer managed key”.',
        },
        s2: {
          say: '`DescribeKey` shows `KeyManager: CUSTOMER`: this key is yours to manage.',
          notes: 'Point at KeyManager and KeyState in the response.',
        },
        s3: {
          say: 'S3 stores an object with SSE-KMS and no key named. S3 asks KMS for its AWS managed key `aws/s3`, which KMS creates in your account the first time it is needed.',
          notes: 'The key appears in the account only now: AWS managed keys are created lazily.',
        },
        s4: {
          say: '`DescribeKey` on `alias/aws/s3` shows `KeyManager: AWS`. It is in your account and you can see it, but AWS manages it.',
          notes: 'You can read its key policy and audit its use in CloudTrail; you cannot change either.',
        },
        s5: {
          say: 'Its key policy lets it be used only through S3 (`kms:ViaService`). Calling `Encrypt` with it directly is refused.',
          notes:
            'This is why the table says “simple”: you get encryption with no key to manage, and no control either.',
        },
        s6: {
          say: 'Disabling the AWS managed key is refused too: you cannot change its state, policy or rotation.',
          notes:
            'If you need control (a custom policy, disabling, cross-account use), you need a customer managed key.',
        },
        s7: {
          say: 'With SSE-S3 (`AES256`), S3 encrypts with an AWS owned key: it belongs to an AWS service account, not yours.',
          notes: 'No KMS call appears in your CloudTrail for it and it costs nothing.',
        },
        s8: {
          say: '`ListKeys` shows your customer managed key and the AWS managed key, never the AWS owned key: you cannot see, use or audit it.',
          notes: 'Summarise the table: manager, rotation, use case, price.',
        },
      },
      questions: {
        direct: {
          stem: 'The Admin role (whose IAM policy allows `kms:*`) calls `Encrypt` directly with `alias/aws/s3`. Allowed or denied?',
          explain:
            'An AWS managed key’s policy allows use only through its service (`kms:ViaService` = S3). An IAM policy cannot override a key policy that does not allow the call.',
        },
        disable: {
          stem: 'The Admin role calls `DisableKey` on the AWS managed key `aws/s3`. What happens?',
          explain:
            'AWS manages this key: its key policy gives you no management actions, so KMS refuses with AccessDeniedException.',
        },
      },
    },
    regional: {
      title: 'A Regional service, CloudTrail and FIPS',
      summary: 'Keys stay in their Region; every call is logged in CloudTrail; the HSMs are FIPS validated.',
      start: {
        say: 'KMS is a Regional service: each Region has its own keys, and a key never leaves the Region where it was created.',
        notes:
          'Multi-Region keys exist, but they are related copies with the same key material, each in its own Region.',
      },
      chapters: { region: 'A Regional service', cloudtrail: 'CloudTrail', fips: 'FIPS 140-3' },
      steps: {
        s1: {
          say: 'A key is created in us-east-1 (N. Virginia). Its ARN names the Region.',
          notes: 'Show the Region in the ARN: `arn:aws:kms:us-east-1:…`.',
        },
        s2: {
          say: 'Encrypt with the key in its own Region works.',
          notes: 'The ciphertext records which key encrypted it.',
        },
        s3: {
          say: 'The same key ARN, sent to the Tokyo endpoint (ap-northeast-1): KMS in Tokyo has no such key.',
          notes: 'Regions are isolated: the Tokyo endpoint knows only Tokyo’s keys.',
        },
        s4: {
          say: 'A key created through the Tokyo endpoint lives in Tokyo.',
          notes: 'Each Region has its own keys, aliases and quotas.',
        },
        s5: {
          say: 'Decrypting the Virginia ciphertext in Tokyo fails: the key it names is not in this Region.',
          notes:
            'To move encrypted data between Regions, decrypt in the source Region and re-encrypt under a key in the target Region (or use multi-Region keys).',
        },
        s6: {
          say: 'Role App, with no permissions, calls `Decrypt`. KMS refuses, and CloudTrail records the attempt.',
          notes:
            'Open the CloudTrail section: the record has `errorCode` and `errorMessage`. Refused calls are audited too.',
        },
        s7: {
          say: '`GenerateRandom` returns bytes from the KMS HSMs’ random generator. The HSMs are validated under FIPS 140.',
          notes:
            'The notes say FIPS 140-2 Level 2. AWS today: FIPS 140-3 Security Level 3 (CMVP certificate #4884), since May 2023.',
        },
      },
      questions: {
        otherRegion: {
          stem: 'An application in Tokyo (ap-northeast-1) calls `Encrypt` with the ARN of a key in us-east-1. What happens?',
          explain:
            'KMS is Regional: the Tokyo endpoint has no key with that ARN, so it answers NotFoundException (“Invalid arn us-east-1”).',
        },
        trail: {
          stem: 'Role App has no permissions and calls `Decrypt`. What does CloudTrail show?',
          explain:
            'CloudTrail logs refused calls as well as successful ones: the record carries `errorCode` AccessDeniedException.',
        },
      },
    },
    'key-policy': {
      title: 'Key policy, default root access and IAM together',
      summary:
        'The key policy is the resource-based policy of a key; with the default policy, IAM policies decide.',
      start: {
        say: 'Every KMS key has exactly one key policy, a resource-based policy. No principal can use a key unless the key policy allows it, directly or by trusting the account’s IAM policies.',
        notes: 'Unlike most AWS resources, IAM alone is never enough for a KMS key.',
      },
      chapters: {
        default: 'The default key policy',
        iam: 'IAM policies',
        keyPolicyOnly: 'Without the account statement',
      },
      steps: {
        s1: {
          say: 'A key created without a policy gets the default key policy.',
          notes:
            'The console’s default policy adds key administrators and users; the API default has one statement.',
        },
        s2: {
          say: '`GetKeyPolicy` shows it: one statement allowing `kms:*` to the account principal `arn:aws:iam::111122223333:root`.',
          notes:
            'The notes say “default: full access for the root user”. AWS today: the statement trusts the account, which lets its IAM policies grant access; it does not single out the root user.',
        },
        s3: {
          say: 'Admin encrypts an order record. Admin’s IAM policy allows `kms:*`, and the key policy trusts IAM: allowed.',
          notes: 'Both sides agree: the key policy (via the account statement) and the identity policy.',
        },
        s4: {
          say: 'Role App calls `Decrypt`. The key policy trusts IAM, but App has no IAM policy.',
          notes: 'Read the message: “because no identity-based policy allows the kms:Decrypt action”.',
        },
        s5: {
          say: 'An IAM policy now allows App `kms:Decrypt`.',
          notes: 'This is the everyday pattern: the key policy delegates to IAM, IAM grants per role.',
        },
        s6: {
          say: 'App calls `Decrypt` again: the key policy trusts IAM, and IAM allows it.',
          notes: 'Same call, same key: only the identity policy changed.',
        },
        s7: {
          say: 'The key policy is replaced by one that allows only Admin. The account statement is gone.',
          notes: 'KMS checks that the new policy does not lock out the caller (the lockout safety check).',
        },
        s8: {
          say: 'App calls `Decrypt` once more. Its IAM policy still allows it, but the key policy no longer trusts IAM.',
          notes: 'Read the message: “because no resource-based policy allows the kms:Decrypt action”.',
        },
      },
      questions: {
        noIam: {
          stem: 'Role App calls `Decrypt`. The key has the default key policy; App has no IAM policy. Allowed or denied?',
          explain:
            'The default key policy only delegates to IAM. With no identity policy allowing `kms:Decrypt`, nothing allows it.',
        },
        withIam: {
          stem: 'App now has an IAM policy allowing `kms:Decrypt`; the key policy is still the default. Allowed or denied?',
          explain: 'The account statement lets IAM policies grant access, and App’s IAM policy does.',
        },
        noRoot: {
          stem: 'The key policy now allows only Admin (no account statement). App’s IAM policy still allows `kms:Decrypt`. Allowed or denied?',
          explain:
            'Without a key policy statement trusting the account, IAM policies have no effect on this key.',
        },
      },
    },
    'why-envelope': {
      title: 'Why envelope encryption: the 4 KB limit',
      summary: 'KMS Encrypt takes at most 4,096 bytes; larger data is encrypted with a data key.',
      start: {
        say: 'The notes say the KMS API can encrypt only up to 4 KB directly, so envelope encryption is needed. Let us find the limit.',
        notes: 'Precisely: 4,096 bytes of plaintext per `Encrypt` call.',
      },
      chapters: { limit: 'The 4 KB limit', envelope: 'The envelope' },
      steps: {
        s1: { say: 'A customer managed key…', notes: 'Any symmetric key shows the same limit.' },
        s2: {
          say: '…with the alias `alias/big-data`.',
          notes: 'Aliases are friendly names; the key ID is what the ciphertext records.',
        },
        s3: {
          say: '`Encrypt` with exactly 4,096 bytes of plaintext.',
          notes: 'The limit is on the plaintext, not on the ciphertext (which is larger).',
        },
        s4: {
          say: '`Encrypt` with about 5 KB (the notes’ sentence, repeated). This is the real error KMS returns.',
          notes:
            'Read the ValidationException message aloud: “Member must have length less than or equal to 4096”.',
        },
        s5: {
          say: 'Instead: `GenerateDataKey` returns a data key in plaintext and encrypted under the KMS key.',
          notes: 'Only 32 bytes travel to and from KMS, whatever the size of the data.',
        },
        s6: {
          say: 'The application encrypts the 5 KB locally with the data key (AES-256-GCM): no size limit.',
          notes: 'The data never goes to KMS.',
        },
        s7: { say: 'The plaintext data key is discarded.', notes: 'Only the encrypted data key remains.' },
        s8: {
          say: 'The encrypted data key and the encrypted data are stored together.',
          notes: 'The next two lessons go through the encrypt and decrypt flows step by step.',
        },
      },
      questions: {
        exact: {
          stem: '`Encrypt` is called with exactly 4,096 bytes of plaintext. What happens?',
          explain: 'The limit is 4,096 bytes inclusive: this call succeeds.',
        },
        over: {
          stem: '`Encrypt` is called with about 5 KB of plaintext. What happens?',
          explain:
            'Over 4,096 bytes KMS refuses the request itself with ValidationException; use envelope encryption instead.',
        },
      },
    },
    'encrypt-flow': {
      title: 'The 4 encrypt steps',
      summary: 'GenerateDataKey, encrypt the data, discard the plaintext key, store both.',
      start: {
        say: 'The notes’ encrypt flow has four steps. We follow them with real bytes.',
        notes: 'Keep the notes’ diagram on screen beside the player if you can.',
      },
      chapters: {
        generate: '1. GenerateDataKey',
        encrypt: '2. Encrypt the data',
        discard: '3. Discard the plaintext key',
        store: '4. Store',
      },
      steps: {
        s1: {
          say: 'The KMS key that will protect the data keys.',
          notes: 'The notes’ “CMK”: a customer managed key.',
        },
        s2: {
          say: 'Its alias, `alias/study-notes`.',
          notes: 'The application names the alias; the ciphertext records the key.',
        },
        s3: {
          say: 'Step 1: `GenerateDataKey` returns the data key twice: in plaintext (to encrypt with) and encrypted under the KMS key (to store).',
          notes:
            'The encryption context is bound to the encrypted data key and must be given again to decrypt.',
        },
        s4: {
          say: 'Step 2: the application encrypts the data with the plaintext data key, on its own machine.',
          notes: 'KMS Lab uses the AWS Encryption SDK’s message format, as real applications do.',
        },
        s5: {
          say: 'Step 3: the plaintext data key is discarded immediately (zero-filled in memory).',
          notes: 'From now on, only KMS can turn the encrypted data key back into a usable key.',
        },
        s6: {
          say: 'The application tries to encrypt a second file with the same data key.',
          notes: 'A fresh GenerateDataKey per message is the normal pattern.',
        },
        s7: {
          say: 'Step 4: the encrypted data key and the encrypted data are stored together (S3, EBS…).',
          notes: 'Nothing stored is secret without KMS: that is the envelope.',
        },
      },
      questions: {
        keyBytes: {
          stem: '`GenerateDataKey` is called with `KeySpec` `AES_256`. How long is the plaintext data key?',
          explain: 'AES-256 keys are 256 bits: 32 bytes.',
        },
        reuse: {
          stem: 'After step 3, the application encrypts another file with the same data key. What happens?',
          explain: 'The plaintext data key was zero-filled: it no longer exists in the application’s memory.',
        },
      },
    },
    'decrypt-flow': {
      title: 'The 2 decrypt steps',
      summary: 'Decrypt the data key with KMS, then decrypt the data locally.',
      start: {
        say: 'The notes’ decrypt flow has two steps: `Decrypt` the data key with KMS, then decrypt the data with it. First we encrypt something to decrypt.',
        notes: 'The first six steps repeat the encrypt lesson quickly.',
      },
      chapters: {
        prepare: 'An encrypted object',
        decryptKey: '1. Decrypt API',
        decryptData: '2. Decrypt the data',
        tamper: 'A tampered object',
      },
      steps: {
        s1: { say: 'A KMS key…', notes: 'Same setup as the encrypt lesson.' },
        s2: { say: '…with an alias.' },
        s3: { say: 'GenerateDataKey.' },
        s4: { say: 'Encrypt the data.' },
        s5: { say: 'Discard the plaintext data key.' },
        s6: { say: 'Store the envelope.', notes: 'Now the application only has the stored object.' },
        s7: {
          say: 'Step 1 as Role App: it reads the object and sends the encrypted data key to KMS `Decrypt`.',
          notes: 'No KeyId is needed for a symmetric key: the ciphertext names it.',
        },
        s8: { say: 'An IAM policy allows App `kms:Decrypt`.', notes: 'The default key policy trusts IAM.' },
        s9: {
          say: 'Step 1 again: KMS returns the plaintext data key. Step 2: the application decrypts the data with it, then discards the key.',
          notes: 'Show the original text recovered.',
        },
        s10: {
          say: 'An attacker with write access to the store flips one bit of the encrypted data.',
          notes: 'AES-GCM authenticates every frame.',
        },
        s11: {
          say: 'App decrypts again: KMS still returns the data key, but the data does not authenticate.',
          notes: 'Decryption fails rather than returning wrong plaintext.',
        },
      },
      questions: {
        appDenied: {
          stem: 'Role App, with no IAM policy, decrypts the stored object. Does step 1 (KMS `Decrypt`) succeed?',
          explain:
            'The default key policy delegates to IAM and App has no IAM policy: KMS refuses, so the data stays encrypted.',
        },
        appAllowed: {
          stem: 'App now has an IAM policy allowing `kms:Decrypt`. Does decrypting the object succeed?',
          explain: 'KMS decrypts the data key; the application decrypts the data locally.',
        },
        tampered: {
          stem: 'One bit of the stored encrypted data was flipped. What does App’s decryption end with?',
          explain:
            'KMS is not involved in the data: the data key decrypts fine, and the AES-GCM tag of frame 1 fails to verify.',
        },
      },
    },
    rotation: {
      title: 'Rotation and old backing keys',
      summary: 'Rotation adds a backing key; old ciphertexts still decrypt.',
      start: {
        say: 'A KMS key is a container of backing keys (key material). Rotation adds a new one; the old ones are kept.',
        notes: 'The key ID, ARN, aliases and policy stay the same across rotations.',
      },
      chapters: { before: 'Before rotation', rotate: 'Rotation', after: 'After rotation' },
      steps: {
        s1: {
          say: 'A customer managed key with its original backing key.',
          notes: 'Rotation is off until you enable it.',
        },
        s2: {
          say: 'Encrypt, before any rotation.',
          notes: 'The ciphertext records which backing key was used.',
        },
        s3: {
          say: 'Automatic rotation is enabled with a 90-day period.',
          notes:
            'AWS today: 90 to 2,560 days, default 365; on demand with `RotateKeyOnDemand`. AWS managed keys rotate every year.',
        },
        s4: {
          say: '91 days later, KMS has rotated the key.',
          notes: 'The clock advance runs the rotation at its exact date.',
        },
        s5: { say: '`ListKeyRotations` shows one rotation.' },
        s6: { say: 'Encrypt again: new ciphertexts use the newest backing key.' },
        s7: {
          say: 'Decrypt the ciphertext from before the rotation.',
          notes: 'This is the notes’ point: decryption with the old key still works.',
        },
        s8: {
          say: 'Decrypt the new ciphertext.',
          notes: 'No re-encryption is ever needed after rotation.',
        },
      },
      questions: {
        old: {
          stem: 'After the rotation, which backing key decrypts the ciphertext made before it?',
          explain: 'KMS keeps every backing key and uses the one the ciphertext names: the original.',
        },
        new: {
          stem: 'Which backing key decrypts the ciphertext made after the rotation?',
          explain: 'New encryptions use the current backing key, made by the first rotation.',
        },
      },
    },
    services: {
      title: 'The services that use KMS',
      summary: 'S3, EBS, RDS, EFS, Lambda, Secrets Manager and Parameter Store encrypt with your KMS key.',
      start: {
        say: 'Many AWS services encrypt your data with KMS keys, using envelope encryption for you. Here are the ones in the notes, all under one customer managed key.',
        notes: 'Each service call shows the KMS calls it made, with `invokedBy` in CloudTrail.',
      },
      chapters: {
        storage: 'Storage and databases',
        compute: 'Functions and secrets',
        dependency: 'When the key is disabled',
      },
      steps: {
        s1: { say: 'One customer managed key…' },
        s2: { say: '…named `alias/app-data`.' },
        s3: {
          say: 'S3 stores an object with SSE-KMS under the key.',
          notes: 'S3 calls GenerateDataKey per object (or per bucket key).',
        },
        s4: {
          say: 'EBS creates an encrypted volume.',
          notes: 'EBS stores an encrypted data key with the volume.',
        },
        s5: {
          say: 'RDS creates an encrypted database.',
          notes: 'RDS creates a grant so it can use the key later.',
        },
        s6: { say: 'EFS creates an encrypted file system.' },
        s7: { say: 'Lambda encrypts the function’s environment variables.' },
        s8: { say: 'Secrets Manager encrypts a secret.' },
        s9: { say: 'Parameter Store stores a `SecureString`.' },
        s10: { say: 'The key is disabled.', notes: 'Every service that depends on the key is affected.' },
        s11: {
          say: 'An application reads the secret.',
          notes: 'Secrets Manager must call KMS Decrypt to answer.',
        },
        s12: { say: 'The key is enabled again.' },
        s13: {
          say: 'Reading the secret works again.',
          notes: 'Nothing was lost: the data stayed encrypted while the key was disabled.',
        },
      },
      questions: {
        disabled: {
          stem: 'The KMS key is disabled. An application calls Secrets Manager `GetSecretValue`. What happens?',
          explain:
            'Secrets Manager cannot decrypt the secret’s data key while the key is disabled, and answers with its own error, DecryptionFailure.',
        },
      },
    },
    pricing: {
      title: 'Pricing',
      summary:
        '$1 a month per customer managed key, rotation surcharges up to $3, requests after 20,000 free.',
      start: {
        say: 'The notes say a customer managed key costs $1 a month plus API calls, and AWS managed and AWS owned keys are free. Let us check with the bill.',
        notes:
          'AWS today: $1/month per key prorated by the hour; the first and second rotations add $1/month each (at most $3); requests $0.03 per 10,000 after 20,000 free per month.',
      },
      chapters: { monthly: 'The monthly fee', rotations: 'Rotations', managed: 'AWS managed keys' },
      steps: {
        s1: { say: 'A customer managed key is created on 1 January.' },
        s2: { say: 'A month passes.', notes: 'Open the Cost section to see the bill line by line.' },
        s3: { say: 'The key is rotated on demand.' },
        s4: { say: 'February passes.' },
        s5: { say: 'A second rotation…' },
        s6: { say: '…and a third.', notes: 'Since April 2024 only the first two rotations are charged.' },
        s7: { say: 'March passes.' },
        s8: { say: 'S3 encrypts an object with its AWS managed key.' },
        s9: { say: 'April passes.', notes: 'Requests to AWS managed keys are still counted as requests.' },
      },
      questions: {
        january: {
          stem: 'One customer managed key, created on 1 January, a handful of requests. What is January’s bill?',
          explain: '$1 for the key for the whole month; the requests are within the 20,000 free.',
        },
        february: {
          stem: 'The key was rotated on 1 February. What is February’s bill?',
          explain: '$1 for the key plus $1 for its first rotation.',
        },
        march: {
          stem: 'Two more rotations on 1 March (three in all). What is March’s bill?',
          explain:
            '$1 for the key plus $1 each for the first two rotations: the third is free, so the cap is $3.',
        },
        awsManaged: {
          stem: 'What is April’s monthly key fee for the AWS managed key `aws/s3`?',
          explain: 'AWS managed keys have no monthly fee (requests are still counted).',
        },
      },
    },
  },
  practice: {
    'encrypt-5kb': {
      stem: 'A developer calls the KMS `Encrypt` API directly on a 5,000-byte configuration file with a symmetric customer managed key. What is the result?',
      explain:
        '`Encrypt` accepts at most 4,096 bytes of plaintext; KMS answers ValidationException. Use envelope encryption (GenerateDataKey) for larger data.',
    },
    'encrypt-4kb': {
      stem: 'A developer calls `Encrypt` with exactly 4,096 bytes of plaintext. What is the result?',
      explain: 'The limit is 4,096 bytes inclusive, so the call succeeds.',
    },
    'disabled-decrypt': {
      stem: 'A key is disabled after data was encrypted under it. An administrator calls `Decrypt` on that ciphertext. What happens?',
      explain:
        'A disabled key cannot be used for cryptographic operations: DisabledException. Enabling it again restores access; nothing is lost.',
    },
    'disabled-gdk': {
      stem: 'An application calls `GenerateDataKey` with a disabled key. What happens?',
      explain: 'Disabled keys refuse every cryptographic operation with DisabledException.',
    },
    'pending-encrypt': {
      stem: 'A key is scheduled for deletion (7-day waiting period). During the wait, an application calls `Encrypt` with it. What happens?',
      explain:
        'A key pending deletion cannot be used: KMSInvalidStateException. The waiting period lets you notice and cancel.',
    },
    'deletion-window': {
      stem: 'An administrator schedules key deletion with `PendingWindowInDays` set to 5. What happens?',
      explain: 'The waiting period must be 7 to 30 days: ValidationException.',
    },
    'cancel-deletion': {
      stem: 'An administrator schedules a key for deletion, then calls `CancelKeyDeletion`. In which state is the key?',
      explain: 'Cancelling deletion leaves the key Disabled; you enable it again explicitly.',
    },
    'deleted-after-window': {
      stem: 'A key was scheduled for deletion with a 7-day window; 8 days later someone calls `Decrypt` on data encrypted under it. What happens?',
      explain:
        'The key and its material are gone: the ciphertext can never be decrypted again. KMS answers as for any key that does not exist.',
    },
    'app-no-iam': {
      stem: 'A key has the default key policy. Role App has no IAM policy and calls `Decrypt`. Allowed or denied?',
      explain:
        'The default key policy delegates to IAM; without an identity policy allowing `kms:Decrypt`, the call is denied.',
    },
    'app-iam': {
      stem: 'A key has the default key policy. Role App has an IAM policy allowing `kms:Decrypt` on `*`. App calls `Decrypt`. Allowed or denied?',
      explain: 'The key policy trusts the account’s IAM policies, and App’s IAM policy allows the action.',
    },
    'key-policy-only': {
      stem: 'The key policy has the account statement plus one allowing Role App `kms:Decrypt`. App’s IAM policy allows only `kms:ListAliases`. App calls `Decrypt`. Allowed or denied?',
      explain:
        'A key policy statement naming the principal is enough on its own within the account: no IAM permission is needed.',
    },
    'iam-without-root': {
      stem: 'The key policy allows only the Admin role (no account statement). Role App’s IAM policy allows `kms:Decrypt`. App calls `Decrypt`. Allowed or denied?',
      explain:
        'Without a key policy statement trusting the account, IAM policies cannot grant access to the key.',
    },
    'wrong-action': {
      stem: 'Role App’s IAM policy allows only `kms:Decrypt`. App calls `Encrypt`. Allowed or denied?',
      explain: 'Each KMS API action needs its own permission; `kms:Decrypt` does not allow `kms:Encrypt`.',
    },
    grant: {
      stem: 'An administrator creates a grant for Role App with the operation `Decrypt`. App has no IAM policy and calls `Decrypt`. Allowed or denied?',
      explain:
        'A grant is a permission of its own: it allows the grantee the listed operations without a policy change.',
    },
    'wrong-context': {
      stem: 'Data was encrypted with the encryption context `tenant=blue`. An application calls `Decrypt` with `tenant=green`. What happens?',
      explain:
        'The encryption context is additional authenticated data: it must match exactly, or KMS answers InvalidCiphertextException.',
    },
    'missing-context': {
      stem: 'Data was encrypted with the encryption context `tenant=blue`. An application calls `Decrypt` with no encryption context. What happens?',
      explain:
        'The context is not stored in the ciphertext blob; it must be supplied again. Without it, InvalidCiphertextException.',
    },
    'decrypt-no-keyid': {
      stem: 'An application calls `Decrypt` on a symmetric ciphertext without a `KeyId`. What happens?',
      explain:
        'For symmetric keys the ciphertext blob names the key, so `KeyId` is optional (specifying it is a best practice).',
    },
    'decrypt-other-keyid': {
      stem: 'An application calls `Decrypt` and passes as `KeyId` a different key than the one that encrypted the data. What happens?',
      explain:
        'When `KeyId` is given, KMS checks it against the key in the ciphertext: IncorrectKeyException.',
    },
    'rotated-old': {
      stem: 'Data was encrypted, then the key was rotated on demand. Which backing key decrypts the old ciphertext?',
      explain: 'KMS keeps every backing key and uses the one recorded in the ciphertext: the original.',
    },
    'rotated-new': {
      stem: 'After one on-demand rotation, an application encrypts new data. Which backing key is used?',
      explain: 'Encryption always uses the current backing key, made by the latest rotation.',
    },
    'rotation-period': {
      stem: 'An administrator enables automatic rotation with `RotationPeriodInDays` set to 30. What happens?',
      explain: 'The rotation period must be between 90 and 2,560 days: ValidationException.',
    },
    'rotations-in-a-year': {
      stem: 'Automatic rotation is enabled with a 90-day period. One year later, an application encrypts. Which backing key is used?',
      explain:
        'Rotations happened at 90, 180, 270 and 360 days: the fourth rotation’s backing key is current.',
    },
    'other-region': {
      stem: 'A key lives in us-east-1. An application calls `Encrypt` with the key’s ARN through the eu-west-1 endpoint. What happens?',
      explain: 'KMS keys are Regional: the eu-west-1 endpoint has no such key.',
    },
    'cross-account-default': {
      stem: 'Account 444455556666’s role Partner has an IAM policy allowing `kms:Encrypt` and calls `Encrypt` with the ARN of a key in account 111122223333 that has the default key policy. Allowed or denied?',
      explain:
        'Cross-account use needs both sides: the key policy must allow the other account, and here it trusts only its own account.',
    },
    'cross-account-allowed': {
      stem: 'The key policy now also allows account 444455556666 `kms:Encrypt` and `kms:Decrypt`, and Partner’s IAM policy allows `kms:Encrypt`. Partner calls `Encrypt` with the key ARN. Allowed or denied?',
      explain:
        'The key policy allows the other account and that account’s IAM policy delegates to the role: allowed.',
    },
    'cross-account-alias': {
      stem: 'With the same cross-account permissions, Partner calls `Encrypt` with the alias name `alias/shared` instead of the key ARN. What happens?',
      explain:
        'An alias name is looked up in the caller’s own account and Region; across accounts you must use the key ARN.',
    },
    'data-key-bytes': {
      stem: '`GenerateDataKey` is called with `KeySpec` `AES_256`. How many bytes is the plaintext data key?',
      explain: 'AES-256 uses a 256-bit key: 32 bytes.',
    },
    'data-key-128': {
      stem: '`GenerateDataKey` is called with `KeySpec` `AES_128`. How many bytes is the plaintext data key?',
      explain: 'AES-128 uses a 128-bit key: 16 bytes.',
    },
    'aws-managed-direct': {
      stem: 'The Admin role (IAM allows `kms:*`) calls `Encrypt` directly with `alias/aws/s3`. Allowed or denied?',
      explain: 'An AWS managed key’s policy allows use only through its service (`kms:ViaService`).',
    },
    'aws-managed-rotation': {
      stem: 'S3 has used its AWS managed key for a year. S3 encrypts a new object. Which backing key does KMS use?',
      explain: 'AWS managed keys rotate automatically every year (since 2022): one rotation has happened.',
    },
    'trail-denied': {
      stem: 'A role with no permissions calls `Decrypt` and is refused. What does CloudTrail record?',
      explain: 'CloudTrail records refused KMS calls too, with their `errorCode`.',
    },
    'trail-data-key': {
      stem: 'An application calls `GenerateDataKey` successfully. What does CloudTrail record?',
      explain: 'Every KMS API call is recorded (never the key material or plaintext).',
    },
    'cost-one-key': {
      stem: 'One customer managed key exists for all of January with a few requests. What is January’s KMS bill?',
      explain: '$1 per key per month; the first 20,000 requests each month are free.',
    },
    'cost-three-rotations': {
      stem: 'A key is created on 1 January and rotated on demand three times the same day. What is January’s bill?',
      explain:
        '$1 for the key plus $1 each for the first two rotations; later rotations are free (at most $3 a month).',
    },
    'cost-pending-deletion': {
      stem: 'A key is created on 1 January and immediately scheduled for deletion with a 30-day window. What is January’s bill?',
      explain: 'Keys pending deletion are not charged when the deletion goes ahead.',
    },
    'secret-disabled-key': {
      stem: 'A Secrets Manager secret is encrypted under a customer managed key, which is then disabled. An application calls `GetSecretValue`. What happens?',
      explain:
        'Secrets Manager needs KMS `Decrypt` to read the secret and fails with DecryptionFailure while the key is disabled.',
    },
    'discarded-data-key': {
      stem: 'An application discards the plaintext data key after `GenerateDataKey`, then tries to encrypt with it. What happens?',
      explain:
        'Discarding zero-fills the key in memory; to encrypt more, call GenerateDataKey again (or decrypt the stored encrypted data key).',
    },
  },
});
