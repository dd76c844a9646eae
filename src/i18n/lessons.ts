import { defineMessages } from './define';

/**
 * Lessons and the practice exam (src/scenario/lessons): per lesson its title, narration (`say`) and speaker
 * notes per step, chapter titles, and each question's stem and explanation; per practice question its stem and
 * explanation. Option labels are derived from the candidate outcome (`outcome.*`), never written per question,
 * because the simulator decides which one is right. Loaded with the lessons section only (its own chunk).
 */
export const lessons = defineMessages(
  {
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
        summary:
          'Keys stay in their Region; every call is logged in CloudTrail; the HSMs are FIPS validated.',
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
            explain:
              'The plaintext data key was zero-filled: it no longer exists in the application’s memory.',
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
  },

  {
    title: 'レッスン',
    lead: '学習ノートを項目ごとにたどるガイド付きレッスンです。各レッスンはプレーヤーで一歩ずつ進めるシナリオで、いくつかのステップの前に結果を予想します。正解はシミュレーターがそのステップを実行して決めます。',
    list: 'レッスン一覧',
    practiceTitle: '模擬試験',
    practiceLead:
      'AWS 認定試験の形式の問題 {count} 問。各問題はシミュレーターで小さなシナリオを実行して正解を決めます。',
    resume: 'ステップ {step} まで進みました',
    done: '完了',
    lessonOf: 'レッスン {n} / {total}',
    chapter: '章: {title}',
    intro: '最初のステップの前',
    speakerNotes: 'スピーカーノート',
    backToList: 'レッスン一覧へ',
    nextLesson: '次のレッスン: {title}',
    finished: 'このレッスンの最後まで進みました。',
    confirmTitle: 'レッスンを開きますか?',
    confirmBody:
      '自分のシナリオ ({steps} ステップ) があります。レッスン「{lesson}」を開くと、このブラウザーではそれが置き換わります。',
    confirmOpen: 'レッスンを開く',
    confirmKeep: '自分の作業を残す',
    confirmSave: '先に自分のものをファイルに保存',
    question: {
      label: '予想',
      before: 'ステップ {step} の前に: 何が起きるでしょう?',
      answer: '答え合わせ',
      running: 'ステップを実行しています…',
      right: '正解です。',
      wrong: '今回は不正解です。',
      yours: 'あなたの答え: {answer}',
      happened: 'シミュレーターの結果: {answer}',
    },
    quiz: {
      begin: '模擬試験を始める',
      again: '新しい回 (別の順番)',
      progress: '問題 {n} / {total}',
      submit: '回答する',
      finish: '採点する',
      score: '得点: {total} 問中 {right} 問正解',
      review: '振り返り',
      attempt: '第 {n} 回',
      best: 'これまでの最高: {total} 問中 {right} 問',
      correct: '正解',
      incorrect: '不正解',
      undecidable:
        'シミュレーターの結果 ({observed}) がどの選択肢にもありません。この問題を報告してください。',
    },
    outcome: {
      ok: '成功する',
      error: '`{name}` で失敗する',
      original: '元のバッキングキー (キー作成時のもの)',
      rotated: '{n} 回目のローテーションで作られたバッキングキー',
      bytes: '{n} バイト',
      trailNone: 'CloudTrail に記録されない',
      trailRecorded: '成功した呼び出しとして CloudTrail に記録される',
      trailError: '`errorCode` `{code}` 付きで CloudTrail に記録される',
      keyState: 'キーは `{state}`',
    },
    lesson: {
      'key-types': {
        title: 'キーの種類: カスタマー管理キー・AWS 管理キー・AWS 所有キー',
        summary: '3 種類の KMS キーを誰が管理し、誰が使え、どこで見えるか。',
        start: {
          say: 'KMS はフルマネージドのサービスです。ハードウェアとソフトウェアは AWS が運用し、どのキーを作り誰に使わせるかを決めるのは利用者です。キーには 3 つの種類があります。',
          notes:
            '自分の S3 バケットがどの種類のキーを使っているか会場に聞いてみましょう。知らない人が多いはずで、それをこのレッスンで確かめます。',
        },
        chapters: { customer: 'カスタマー管理キー', awsManaged: 'AWS 管理キー', awsOwned: 'AWS 所有キー' },
        steps: {
          s1: {
            say: '`CreateKey` でカスタマー管理キーを作ります。キーは自分のアカウントにあり、ポリシー・ローテーション・削除を自分で管理します。',
            notes:
              'ノートでは「CMK」ですが、現在の AWS の用語は「KMS キー」で、自分で作ったものは「カスタマー管理キー」です。',
          },
          s2: {
            say: '`DescribeKey` の結果は `KeyManager: CUSTOMER`。このキーは自分で管理するキーです。',
            notes: 'レスポンスの KeyManager と KeyState を指し示しましょう。',
          },
          s3: {
            say: 'キーを指定せずに SSE-KMS で S3 にオブジェクトを保存します。S3 は AWS 管理キー `aws/s3` を KMS に求め、KMS は初めて必要になったこの時点でアカウント内にそれを作ります。',
            notes: 'キーがアカウントに現れるのは今です。AWS 管理キーは必要になったときに作られます。',
          },
          s4: {
            say: '`alias/aws/s3` に `DescribeKey` を呼ぶと `KeyManager: AWS`。自分のアカウントにあり見ることはできますが、管理するのは AWS です。',
            notes: 'キーポリシーを読み、CloudTrail で使用状況を監査できます。どちらも変更はできません。',
          },
          s5: {
            say: 'このキーのポリシーは S3 経由 (`kms:ViaService`) の利用しか許可しません。直接 `Encrypt` を呼ぶと拒否されます。',
            notes:
              '表の「シンプル」の意味はこれです。管理すべきキーなしで暗号化できる代わりに、制御もできません。',
          },
          s6: {
            say: 'AWS 管理キーを無効化しようとしても拒否されます。状態・ポリシー・ローテーションは変更できません。',
            notes:
              '独自のポリシー、無効化、クロスアカウント利用などの制御が必要なら、カスタマー管理キーを使います。',
          },
          s7: {
            say: 'SSE-S3 (`AES256`) では、S3 は AWS 所有キーで暗号化します。このキーは自分のアカウントではなく AWS のサービスアカウントにあります。',
            notes: '自分の CloudTrail に KMS の呼び出しは記録されず、料金もかかりません。',
          },
          s8: {
            say: '`ListKeys` に出るのはカスタマー管理キーと AWS 管理キーだけで、AWS 所有キーは出ません。見ることも使うことも監査することもできません。',
            notes: '表をまとめましょう: 管理者、ローテーション、ユースケース、料金。',
          },
        },
        questions: {
          direct: {
            stem: 'Admin ロール (IAM ポリシーで `kms:*` を許可) が `alias/aws/s3` を指定して直接 `Encrypt` を呼びます。許可されますか、拒否されますか?',
            explain:
              'AWS 管理キーのポリシーはそのサービス経由 (`kms:ViaService` = S3) の利用しか許可しません。キーポリシーが許可しない呼び出しを IAM ポリシーで許可することはできません。',
          },
          disable: {
            stem: 'Admin ロールが AWS 管理キー `aws/s3` に `DisableKey` を呼びます。どうなりますか?',
            explain:
              'このキーは AWS が管理します。キーポリシーが管理操作を一切許可しないため、KMS は AccessDeniedException で拒否します。',
          },
        },
      },
      regional: {
        title: 'リージョンサービス・CloudTrail・FIPS',
        summary:
          'キーはリージョン内にとどまり、すべての呼び出しは CloudTrail に記録され、HSM は FIPS 認定を受けています。',
        start: {
          say: 'KMS はリージョンサービスです。リージョンごとに別々のキーがあり、キーは作られたリージョンから出ることはありません。',
          notes:
            'マルチリージョンキーもありますが、それは同じキーマテリアルを持つ関連したコピーで、それぞれが自分のリージョンにあります。',
        },
        chapters: { region: 'リージョンサービス', cloudtrail: 'CloudTrail', fips: 'FIPS 140-3' },
        steps: {
          s1: {
            say: 'us-east-1 (バージニア北部) にキーを作ります。ARN にリージョンが含まれます。',
            notes: 'ARN のリージョン部分 `arn:aws:kms:us-east-1:…` を見せましょう。',
          },
          s2: {
            say: 'キー自身のリージョンでの Encrypt は成功します。',
            notes: '暗号文には、どのキーで暗号化したかが記録されます。',
          },
          s3: {
            say: '同じキー ARN を東京のエンドポイント (ap-northeast-1) に送ると、東京の KMS にはそのキーがありません。',
            notes: 'リージョンは分離されていて、東京のエンドポイントが知っているのは東京のキーだけです。',
          },
          s4: {
            say: '東京のエンドポイントで作ったキーは東京にあります。',
            notes: 'キー・エイリアス・クォータはリージョンごとです。',
          },
          s5: {
            say: 'バージニアの暗号文を東京で復号すると失敗します。暗号文が指すキーはこのリージョンにありません。',
            notes:
              '暗号化データをリージョン間で移すには、元のリージョンで復号して移動先のリージョンのキーで暗号化し直します (またはマルチリージョンキーを使います)。',
          },
          s6: {
            say: '権限のないロール App が `Decrypt` を呼びます。KMS は拒否し、その試みを CloudTrail が記録します。',
            notes:
              'CloudTrail セクションを開くと、記録に `errorCode` と `errorMessage` があります。拒否された呼び出しも監査されます。',
          },
          s7: {
            say: '`GenerateRandom` は KMS の HSM の乱数生成器からバイト列を返します。HSM は FIPS 140 の認定を受けています。',
            notes:
              'ノートでは FIPS 140-2 レベル 2。現在の AWS: 2023 年 5 月から FIPS 140-3 セキュリティレベル 3 (CMVP 証明書 #4884)。',
          },
        },
        questions: {
          otherRegion: {
            stem: '東京 (ap-northeast-1) のアプリケーションが、us-east-1 のキーの ARN を指定して `Encrypt` を呼びます。どうなりますか?',
            explain:
              'KMS はリージョンサービスです。東京のエンドポイントにはその ARN のキーがないため、NotFoundException (「Invalid arn us-east-1」) が返ります。',
          },
          trail: {
            stem: '権限のないロール App が `Decrypt` を呼びます。CloudTrail には何が残りますか?',
            explain:
              'CloudTrail は成功した呼び出しだけでなく拒否された呼び出しも記録します。記録には `errorCode` AccessDeniedException が付きます。',
          },
        },
      },
      'key-policy': {
        title: 'キーポリシー・デフォルトのルートアクセス・IAM の組み合わせ',
        summary:
          'キーポリシーはキーのリソースベースポリシー。デフォルトのポリシーでは IAM ポリシーが決め手になります。',
        start: {
          say: 'すべての KMS キーにはキーポリシーがちょうど 1 つあります。これはリソースベースポリシーで、キーポリシーが直接、またはアカウントの IAM ポリシーを信頼する形で許可しない限り、どのプリンシパルもキーを使えません。',
          notes: '他の多くの AWS リソースと違い、KMS キーでは IAM だけでは決して足りません。',
        },
        chapters: {
          default: 'デフォルトのキーポリシー',
          iam: 'IAM ポリシー',
          keyPolicyOnly: 'アカウントのステートメントなし',
        },
        steps: {
          s1: {
            say: 'ポリシーを指定せずに作ったキーにはデフォルトのキーポリシーが付きます。',
            notes:
              'コンソールのデフォルトポリシーはキー管理者とキーユーザーを追加します。API のデフォルトはステートメント 1 つです。',
          },
          s2: {
            say: '`GetKeyPolicy` で見ると、アカウントのプリンシパル `arn:aws:iam::111122223333:root` に `kms:*` を許可するステートメントが 1 つあります。',
            notes:
              'ノートでは「def: RootUser FullAccess」。現在の AWS: このステートメントはアカウントを信頼し、IAM ポリシーでアクセスを付与できるようにするもので、ルートユーザーだけを指すわけではありません。',
          },
          s3: {
            say: 'Admin が注文記録を暗号化します。Admin の IAM ポリシーは `kms:*` を許可し、キーポリシーは IAM を信頼しているので許可されます。',
            notes: 'キーポリシー (アカウントのステートメント経由) と ID ポリシーの両方が許可しています。',
          },
          s4: {
            say: 'ロール App が `Decrypt` を呼びます。キーポリシーは IAM を信頼していますが、App には IAM ポリシーがありません。',
            notes:
              'メッセージを読みましょう: 「because no identity-based policy allows the kms:Decrypt action」。',
          },
          s5: {
            say: 'IAM ポリシーで App に `kms:Decrypt` を許可します。',
            notes: 'これが日常的なパターンです。キーポリシーは IAM に委ね、IAM がロールごとに付与します。',
          },
          s6: {
            say: 'App がもう一度 `Decrypt` を呼びます。キーポリシーは IAM を信頼し、IAM が許可しています。',
            notes: '同じ呼び出し、同じキーで、変わったのは ID ポリシーだけです。',
          },
          s7: {
            say: 'キーポリシーを Admin だけを許可するものに置き換えます。アカウントのステートメントはなくなりました。',
            notes:
              'KMS は新しいポリシーが呼び出し元を締め出さないかを確認します (ロックアウト防止のチェック)。',
          },
          s8: {
            say: 'App がさらにもう一度 `Decrypt` を呼びます。IAM ポリシーは許可したままですが、キーポリシーはもう IAM を信頼していません。',
            notes:
              'メッセージを読みましょう: 「because no resource-based policy allows the kms:Decrypt action」。',
          },
        },
        questions: {
          noIam: {
            stem: 'ロール App が `Decrypt` を呼びます。キーはデフォルトのキーポリシーで、App には IAM ポリシーがありません。許可されますか、拒否されますか?',
            explain:
              'デフォルトのキーポリシーは IAM に委ねるだけです。`kms:Decrypt` を許可する ID ポリシーがないので、何も許可していません。',
          },
          withIam: {
            stem: 'App に `kms:Decrypt` を許可する IAM ポリシーが付きました。キーポリシーはデフォルトのままです。許可されますか、拒否されますか?',
            explain:
              'アカウントのステートメントにより IAM ポリシーでアクセスを付与でき、App の IAM ポリシーが付与しています。',
          },
          noRoot: {
            stem: 'キーポリシーは Admin だけを許可します (アカウントのステートメントなし)。App の IAM ポリシーは `kms:Decrypt` を許可したままです。許可されますか、拒否されますか?',
            explain:
              'アカウントを信頼するキーポリシーのステートメントがなければ、IAM ポリシーはこのキーに何の効果もありません。',
          },
        },
      },
      'why-envelope': {
        title: 'なぜエンベロープ暗号化か: 4 KB の上限',
        summary:
          'KMS の Encrypt が受け付けるのは 4,096 バイトまで。それより大きなデータはデータキーで暗号化します。',
        start: {
          say: 'ノートには、KMS API で直接暗号化できるのは 4KB までなので、エンベロープ暗号化が必要とあります。その上限を確かめましょう。',
          notes: '正確には、`Encrypt` 1 回あたり平文 4,096 バイトまでです。',
        },
        chapters: { limit: '4 KB の上限', envelope: 'エンベロープ' },
        steps: {
          s1: { say: 'カスタマー管理キーと…', notes: 'どの対称キーでも上限は同じです。' },
          s2: {
            say: '…そのエイリアス `alias/big-data`。',
            notes: 'エイリアスはわかりやすい名前で、暗号文に記録されるのはキー ID です。',
          },
          s3: {
            say: 'ちょうど 4,096 バイトの平文で `Encrypt` を呼びます。',
            notes: '上限は平文に対するもので、暗号文 (これより大きい) に対するものではありません。',
          },
          s4: {
            say: '約 5 KB (ノートの一文の繰り返し) で `Encrypt` を呼びます。これが KMS が返す実際のエラーです。',
            notes:
              'ValidationException のメッセージを読み上げましょう: 「Member must have length less than or equal to 4096」。',
          },
          s5: {
            say: '代わりに `GenerateDataKey` を使うと、データキーが平文と KMS キーで暗号化したものの 2 つで返ります。',
            notes: 'データの大きさに関係なく、KMS とやり取りするのは 32 バイトだけです。',
          },
          s6: {
            say: 'アプリケーションは 5 KB をデータキーで手元で暗号化します (AES-256-GCM)。大きさの上限はありません。',
            notes: 'データが KMS に送られることはありません。',
          },
          s7: { say: '平文のデータキーを破棄します。', notes: '残るのは暗号化済みのデータキーだけです。' },
          s8: {
            say: '暗号化済みデータキーと暗号化データを一緒に保存します。',
            notes: '次の 2 つのレッスンで、暗号化と復号の流れを一歩ずつたどります。',
          },
        },
        questions: {
          exact: {
            stem: 'ちょうど 4,096 バイトの平文で `Encrypt` を呼びます。どうなりますか?',
            explain: '上限は 4,096 バイトちょうどを含むので、この呼び出しは成功します。',
          },
          over: {
            stem: '約 5 KB の平文で `Encrypt` を呼びます。どうなりますか?',
            explain:
              '4,096 バイトを超えると KMS はリクエスト自体を ValidationException で拒否します。代わりにエンベロープ暗号化を使います。',
          },
        },
      },
      'encrypt-flow': {
        title: '暗号化の 4 ステップ',
        summary: 'GenerateDataKey、データの暗号化、平文キーの破棄、両方の保存。',
        start: {
          say: 'ノートの暗号化の流れは 4 ステップです。実際のバイト列でたどります。',
          notes: 'できればノートの図をプレーヤーの横に表示しておきましょう。',
        },
        chapters: {
          generate: '1. GenerateDataKey',
          encrypt: '2. データ暗号化',
          discard: '3. 平文キーの破棄',
          store: '4. 保存',
        },
        steps: {
          s1: {
            say: 'データキーを保護する KMS キー。',
            notes: 'ノートの「CMK」、つまりカスタマー管理キーです。',
          },
          s2: {
            say: 'そのエイリアス `alias/study-notes`。',
            notes: 'アプリケーションはエイリアスを指定し、暗号文にはキーが記録されます。',
          },
          s3: {
            say: 'ステップ 1: `GenerateDataKey` はデータキーを 2 通りで返します。平文 (暗号化に使う) と、KMS キーで暗号化したもの (保存用) です。',
            notes:
              '暗号化コンテキストは暗号化済みデータキーに結び付き、復号時にも同じものを渡す必要があります。',
          },
          s4: {
            say: 'ステップ 2: アプリケーションは平文のデータキーで、自分のマシン上でデータを暗号化します。',
            notes: 'KMS Lab は実際のアプリケーションと同じく AWS Encryption SDK のメッセージ形式を使います。',
          },
          s5: {
            say: 'ステップ 3: 平文のデータキーを即座に破棄します (メモリをゼロで埋める)。',
            notes: 'これ以降、暗号化済みデータキーを使えるキーに戻せるのは KMS だけです。',
          },
          s6: {
            say: 'アプリケーションが同じデータキーで 2 つ目のファイルを暗号化しようとします。',
            notes: 'メッセージごとに新しく GenerateDataKey を呼ぶのが普通のやり方です。',
          },
          s7: {
            say: 'ステップ 4: 暗号化済みデータキーと暗号化データを一緒に保存します (S3、EBS 等)。',
            notes: '保存したものは KMS なしでは何も読めません。これがエンベロープです。',
          },
        },
        questions: {
          keyBytes: {
            stem: '`KeySpec` `AES_256` で `GenerateDataKey` を呼びます。平文のデータキーは何バイトですか?',
            explain: 'AES-256 のキーは 256 ビット、つまり 32 バイトです。',
          },
          reuse: {
            stem: 'ステップ 3 の後、アプリケーションが同じデータキーで別のファイルを暗号化します。どうなりますか?',
            explain: '平文のデータキーはゼロで埋められ、アプリケーションのメモリにはもう存在しません。',
          },
        },
      },
      'decrypt-flow': {
        title: '復号の 2 ステップ',
        summary: 'KMS でデータキーを復号し、手元でデータを復号します。',
        start: {
          say: 'ノートの復号の流れは 2 ステップです。KMS の `Decrypt` でデータキーを復号し、それでデータを復号します。まず復号するものを暗号化します。',
          notes: '最初の 6 ステップは暗号化のレッスンを手早く繰り返します。',
        },
        chapters: {
          prepare: '暗号化されたオブジェクト',
          decryptKey: '1. Decrypt API',
          decryptData: '2. データ復号',
          tamper: '改ざんされたオブジェクト',
        },
        steps: {
          s1: { say: 'KMS キーと…', notes: '準備は暗号化のレッスンと同じです。' },
          s2: { say: '…エイリアス。' },
          s3: { say: 'GenerateDataKey。' },
          s4: { say: 'データを暗号化。' },
          s5: { say: '平文のデータキーを破棄。' },
          s6: {
            say: 'エンベロープを保存。',
            notes: 'これでアプリケーションの手元にあるのは保存したオブジェクトだけです。',
          },
          s7: {
            say: 'ロール App としてステップ 1: オブジェクトを読み、暗号化済みデータキーを KMS の `Decrypt` に送ります。',
            notes: '対称キーでは KeyId は不要です。暗号文がキーを示しています。',
          },
          s8: {
            say: 'IAM ポリシーで App に `kms:Decrypt` を許可します。',
            notes: 'デフォルトのキーポリシーは IAM を信頼しています。',
          },
          s9: {
            say: 'もう一度ステップ 1: KMS が平文のデータキーを返します。ステップ 2: アプリケーションはそれでデータを復号し、キーを破棄します。',
            notes: '元のテキストが戻ったことを見せましょう。',
          },
          s10: {
            say: '保存先に書き込める攻撃者が、暗号化データの 1 ビットを反転させます。',
            notes: 'AES-GCM はフレームごとに認証します。',
          },
          s11: {
            say: 'App がもう一度復号します。KMS はデータキーを返しますが、データの認証に失敗します。',
            notes: '誤った平文を返すのではなく、復号が失敗します。',
          },
        },
        questions: {
          appDenied: {
            stem: 'IAM ポリシーのないロール App が保存したオブジェクトを復号します。ステップ 1 (KMS の `Decrypt`) は成功しますか?',
            explain:
              'デフォルトのキーポリシーは IAM に委ね、App には IAM ポリシーがありません。KMS は拒否し、データは暗号化されたままです。',
          },
          appAllowed: {
            stem: 'App に `kms:Decrypt` を許可する IAM ポリシーが付きました。オブジェクトの復号は成功しますか?',
            explain: 'KMS がデータキーを復号し、アプリケーションが手元でデータを復号します。',
          },
          tampered: {
            stem: '保存した暗号化データの 1 ビットが反転されました。App の復号はどう終わりますか?',
            explain:
              'データの処理に KMS は関わりません。データキーは復号できますが、フレーム 1 の AES-GCM タグの検証に失敗します。',
          },
        },
      },
      rotation: {
        title: 'ローテーションと古いバッキングキー',
        summary: 'ローテーションはバッキングキーを追加し、古い暗号文も復号できます。',
        start: {
          say: 'KMS キーはバッキングキー (キーマテリアル) の入れ物です。ローテーションは新しいものを追加し、古いものは保持されます。',
          notes: 'キー ID・ARN・エイリアス・ポリシーはローテーションしても変わりません。',
        },
        chapters: { before: 'ローテーション前', rotate: 'ローテーション', after: 'ローテーション後' },
        steps: {
          s1: {
            say: '元のバッキングキーを持つカスタマー管理キー。',
            notes: 'ローテーションは有効にするまでオフです。',
          },
          s2: {
            say: 'ローテーション前に暗号化します。',
            notes: '暗号文には、どのバッキングキーを使ったかが記録されます。',
          },
          s3: {
            say: '周期 90 日で自動ローテーションを有効にします。',
            notes:
              '現在の AWS: 90〜2,560 日、デフォルト 365 日。`RotateKeyOnDemand` で随時ローテーションも可能。AWS 管理キーは毎年ローテーションされます。',
          },
          s4: {
            say: '91 日後、KMS はキーをローテーションしています。',
            notes: '時計を進めると、ローテーションはその正確な日時に実行されます。',
          },
          s5: { say: '`ListKeyRotations` はローテーション 1 回を示します。' },
          s6: { say: 'もう一度暗号化します。新しい暗号文には最新のバッキングキーが使われます。' },
          s7: {
            say: 'ローテーション前の暗号文を復号します。',
            notes: 'これがノートの要点です: 古いキーでの復号は可能。',
          },
          s8: {
            say: '新しい暗号文を復号します。',
            notes: 'ローテーションの後に暗号化し直す必要はありません。',
          },
        },
        questions: {
          old: {
            stem: 'ローテーションの後、ローテーション前に作った暗号文を復号するのはどのバッキングキーですか?',
            explain:
              'KMS はすべてのバッキングキーを保持し、暗号文が示すもの、つまり元のバッキングキーを使います。',
          },
          new: {
            stem: 'ローテーション後に作った暗号文を復号するのはどのバッキングキーですか?',
            explain:
              '新しい暗号化には現在のバッキングキー、つまり 1 回目のローテーションで作られたものが使われます。',
          },
        },
      },
      services: {
        title: 'KMS を使うサービス',
        summary: 'S3、EBS、RDS、EFS、Lambda、Secrets Manager、Parameter Store が KMS キーで暗号化します。',
        start: {
          say: '多くの AWS サービスが、エンベロープ暗号化を代わりに行ってデータを KMS キーで暗号化します。ノートに載っているサービスを、1 つのカスタマー管理キーで試します。',
          notes:
            'サービスの呼び出しごとに、そのサービスが行った KMS 呼び出しが CloudTrail に `invokedBy` 付きで残ります。',
        },
        chapters: {
          storage: 'ストレージとデータベース',
          compute: '関数とシークレット',
          dependency: 'キーを無効にすると',
        },
        steps: {
          s1: { say: 'カスタマー管理キーを 1 つ…' },
          s2: { say: '…`alias/app-data` という名前で。' },
          s3: {
            say: 'S3 がこのキーで SSE-KMS を使ってオブジェクトを保存します。',
            notes: 'S3 はオブジェクトごと (またはバケットキーごと) に GenerateDataKey を呼びます。',
          },
          s4: {
            say: 'EBS が暗号化ボリュームを作ります。',
            notes: 'EBS はボリュームと一緒に暗号化済みデータキーを保存します。',
          },
          s5: {
            say: 'RDS が暗号化データベースを作ります。',
            notes: 'RDS は後でキーを使えるようにグラントを作ります。',
          },
          s6: { say: 'EFS が暗号化ファイルシステムを作ります。' },
          s7: { say: 'Lambda が関数の環境変数を暗号化します。' },
          s8: { say: 'Secrets Manager がシークレットを暗号化します。' },
          s9: { say: 'Parameter Store が `SecureString` を保存します。' },
          s10: { say: 'キーを無効にします。', notes: 'このキーに依存するすべてのサービスが影響を受けます。' },
          s11: {
            say: 'アプリケーションがシークレットを読みます。',
            notes: 'Secrets Manager は応答するために KMS の Decrypt を呼ぶ必要があります。',
          },
          s12: { say: 'キーを再び有効にします。' },
          s13: {
            say: 'シークレットがまた読めます。',
            notes: '何も失われていません。キーが無効な間もデータは暗号化されたままでした。',
          },
        },
        questions: {
          disabled: {
            stem: 'KMS キーが無効になっています。アプリケーションが Secrets Manager の `GetSecretValue` を呼びます。どうなりますか?',
            explain:
              'キーが無効な間、Secrets Manager はシークレットのデータキーを復号できず、自身のエラー DecryptionFailure を返します。',
          },
        },
      },
      pricing: {
        title: '料金',
        summary:
          'カスタマー管理キー 1 つにつき月 $1、ローテーションの追加料金は最大 $3 まで、リクエストは月 20,000 件まで無料。',
        start: {
          say: 'ノートには、カスタマー管理キーは月 $1 + API コール、AWS 管理キーと AWS 所有キーは無料とあります。請求で確かめましょう。',
          notes:
            '現在の AWS: キー 1 つにつき月 $1 (時間単位で按分)。1 回目と 2 回目のローテーションでそれぞれ月 $1 加算 (最大 $3)。リクエストは月 20,000 件の無料枠の後 10,000 件あたり $0.03。',
        },
        chapters: { monthly: '月額料金', rotations: 'ローテーション', managed: 'AWS 管理キー' },
        steps: {
          s1: { say: '1 月 1 日にカスタマー管理キーを作ります。' },
          s2: { say: '1 か月が過ぎます。', notes: 'コストのセクションを開くと請求を 1 行ずつ見られます。' },
          s3: { say: 'キーを随時ローテーションします。' },
          s4: { say: '2 月が過ぎます。' },
          s5: { say: '2 回目のローテーション…' },
          s6: {
            say: '…そして 3 回目。',
            notes: '2024 年 4 月から、料金がかかるのは最初の 2 回のローテーションだけです。',
          },
          s7: { say: '3 月が過ぎます。' },
          s8: { say: 'S3 が AWS 管理キーでオブジェクトを暗号化します。' },
          s9: {
            say: '4 月が過ぎます。',
            notes: 'AWS 管理キーへのリクエストもリクエストとして数えられます。',
          },
        },
        questions: {
          january: {
            stem: '1 月 1 日に作ったカスタマー管理キーが 1 つ、リクエストは数件。1 月の請求はいくらですか?',
            explain: 'キーの 1 か月分で $1。リクエストは 20,000 件の無料枠内です。',
          },
          february: {
            stem: '2 月 1 日にキーをローテーションしました。2 月の請求はいくらですか?',
            explain: 'キーの $1 に、1 回目のローテーションの $1 が加わります。',
          },
          march: {
            stem: '3 月 1 日にさらに 2 回ローテーションしました (合計 3 回)。3 月の請求はいくらですか?',
            explain:
              'キーの $1 に、最初の 2 回のローテーションの $1 ずつ。3 回目は無料なので上限は $3 です。',
          },
          awsManaged: {
            stem: 'AWS 管理キー `aws/s3` の 4 月のキー月額料金はいくらですか?',
            explain: 'AWS 管理キーに月額料金はありません (リクエストは数えられます)。',
          },
        },
      },
    },
    practice: {
      'encrypt-5kb': {
        stem: '開発者が 5,000 バイトの設定ファイルを、対称のカスタマー管理キーで KMS の `Encrypt` API に直接渡しました。結果はどうなりますか?',
        explain:
          '`Encrypt` が受け付ける平文は 4,096 バイトまでで、KMS は ValidationException を返します。大きなデータにはエンベロープ暗号化 (GenerateDataKey) を使います。',
      },
      'encrypt-4kb': {
        stem: '開発者がちょうど 4,096 バイトの平文で `Encrypt` を呼びます。結果はどうなりますか?',
        explain: '上限は 4,096 バイトちょうどを含むので、呼び出しは成功します。',
      },
      'disabled-decrypt': {
        stem: 'データを暗号化した後でキーが無効化されました。管理者がその暗号文に `Decrypt` を呼びます。どうなりますか?',
        explain:
          '無効なキーは暗号オペレーションに使えず、DisabledException になります。再び有効にすればアクセスは戻り、何も失われません。',
      },
      'disabled-gdk': {
        stem: 'アプリケーションが無効なキーで `GenerateDataKey` を呼びます。どうなりますか?',
        explain: '無効なキーはすべての暗号オペレーションを DisabledException で拒否します。',
      },
      'pending-encrypt': {
        stem: 'キーの削除がスケジュールされています (待機期間 7 日)。待機期間中にアプリケーションがそのキーで `Encrypt` を呼びます。どうなりますか?',
        explain:
          '削除保留中のキーは使えず、KMSInvalidStateException になります。待機期間は気付いて取り消すためのものです。',
      },
      'deletion-window': {
        stem: '管理者が `PendingWindowInDays` を 5 にしてキーの削除をスケジュールします。どうなりますか?',
        explain: '待機期間は 7〜30 日でなければならず、ValidationException になります。',
      },
      'cancel-deletion': {
        stem: '管理者がキーの削除をスケジュールし、その後 `CancelKeyDeletion` を呼びました。キーの状態は?',
        explain: '削除を取り消したキーは Disabled になります。明示的に有効化し直します。',
      },
      'deleted-after-window': {
        stem: '待機期間 7 日でキーの削除がスケジュールされ、8 日後にそのキーで暗号化されたデータに `Decrypt` が呼ばれます。どうなりますか?',
        explain:
          'キーとそのキーマテリアルは消えており、暗号文は二度と復号できません。KMS は存在しないキーと同じように応答します。',
      },
      'app-no-iam': {
        stem: 'キーはデフォルトのキーポリシーです。IAM ポリシーのないロール App が `Decrypt` を呼びます。許可されますか、拒否されますか?',
        explain:
          'デフォルトのキーポリシーは IAM に委ねます。`kms:Decrypt` を許可する ID ポリシーがなければ拒否されます。',
      },
      'app-iam': {
        stem: 'キーはデフォルトのキーポリシーです。ロール App には `*` に対する `kms:Decrypt` を許可する IAM ポリシーがあります。App が `Decrypt` を呼びます。許可されますか、拒否されますか?',
        explain:
          'キーポリシーがアカウントの IAM ポリシーを信頼し、App の IAM ポリシーが操作を許可しています。',
      },
      'key-policy-only': {
        stem: 'キーポリシーにはアカウントのステートメントと、ロール App に `kms:Decrypt` を許可するステートメントがあります。App の IAM ポリシーは `kms:ListAliases` だけを許可します。App が `Decrypt` を呼びます。許可されますか、拒否されますか?',
        explain:
          '同じアカウント内では、プリンシパルを指定したキーポリシーのステートメントだけで十分で、IAM の権限は不要です。',
      },
      'iam-without-root': {
        stem: 'キーポリシーは Admin ロールだけを許可します (アカウントのステートメントなし)。ロール App の IAM ポリシーは `kms:Decrypt` を許可します。App が `Decrypt` を呼びます。許可されますか、拒否されますか?',
        explain:
          'アカウントを信頼するキーポリシーのステートメントがなければ、IAM ポリシーでキーへのアクセスを付与することはできません。',
      },
      'wrong-action': {
        stem: 'ロール App の IAM ポリシーは `kms:Decrypt` だけを許可します。App が `Encrypt` を呼びます。許可されますか、拒否されますか?',
        explain:
          'KMS の API 操作にはそれぞれの権限が必要で、`kms:Decrypt` で `kms:Encrypt` は許可されません。',
      },
      grant: {
        stem: '管理者がロール App に操作 `Decrypt` のグラントを作ります。App には IAM ポリシーがなく、`Decrypt` を呼びます。許可されますか、拒否されますか?',
        explain: 'グラントはそれ自体が権限で、ポリシーを変えずに、被付与者に列挙した操作を許可します。',
      },
      'wrong-context': {
        stem: 'データは暗号化コンテキスト `tenant=blue` で暗号化されました。アプリケーションが `tenant=green` で `Decrypt` を呼びます。どうなりますか?',
        explain:
          '暗号化コンテキストは追加認証データで、完全に一致しなければ KMS は InvalidCiphertextException を返します。',
      },
      'missing-context': {
        stem: 'データは暗号化コンテキスト `tenant=blue` で暗号化されました。アプリケーションが暗号化コンテキストなしで `Decrypt` を呼びます。どうなりますか?',
        explain:
          'コンテキストは暗号文 BLOB に保存されないので、もう一度渡す必要があります。なければ InvalidCiphertextException です。',
      },
      'decrypt-no-keyid': {
        stem: 'アプリケーションが `KeyId` を指定せずに対称キーの暗号文で `Decrypt` を呼びます。どうなりますか?',
        explain:
          '対称キーでは暗号文 BLOB がキーを示すので、`KeyId` は省略できます (指定するのがベストプラクティスです)。',
      },
      'decrypt-other-keyid': {
        stem: 'アプリケーションが `Decrypt` の `KeyId` に、データを暗号化したのとは別のキーを指定します。どうなりますか?',
        explain: '`KeyId` を指定すると KMS は暗号文のキーと照合し、IncorrectKeyException になります。',
      },
      'rotated-old': {
        stem: 'データを暗号化した後、キーを随時ローテーションしました。古い暗号文を復号するのはどのバッキングキーですか?',
        explain:
          'KMS はすべてのバッキングキーを保持し、暗号文に記録されたもの、つまり元のバッキングキーを使います。',
      },
      'rotated-new': {
        stem: '随時ローテーションを 1 回した後、アプリケーションが新しいデータを暗号化します。どのバッキングキーが使われますか?',
        explain: '暗号化には常に現在のバッキングキー、つまり最新のローテーションで作られたものが使われます。',
      },
      'rotation-period': {
        stem: '管理者が `RotationPeriodInDays` を 30 にして自動ローテーションを有効にします。どうなりますか?',
        explain: 'ローテーション周期は 90〜2,560 日でなければならず、ValidationException になります。',
      },
      'rotations-in-a-year': {
        stem: '周期 90 日で自動ローテーションを有効にしました。1 年後にアプリケーションが暗号化します。どのバッキングキーが使われますか?',
        explain:
          'ローテーションは 90、180、270、360 日目に行われ、4 回目のローテーションのバッキングキーが現在のものです。',
      },
      'other-region': {
        stem: 'キーは us-east-1 にあります。アプリケーションが eu-west-1 のエンドポイントでそのキーの ARN を指定して `Encrypt` を呼びます。どうなりますか?',
        explain: 'KMS キーはリージョン単位です。eu-west-1 のエンドポイントにそのキーはありません。',
      },
      'cross-account-default': {
        stem: 'アカウント 444455556666 のロール Partner は `kms:Encrypt` を許可する IAM ポリシーを持ち、アカウント 111122223333 のデフォルトのキーポリシーのキーの ARN で `Encrypt` を呼びます。許可されますか、拒否されますか?',
        explain:
          'クロスアカウントの利用には両側の許可が必要です。キーポリシーが相手のアカウントを許可する必要がありますが、ここでは自分のアカウントしか信頼していません。',
      },
      'cross-account-allowed': {
        stem: 'キーポリシーがアカウント 444455556666 にも `kms:Encrypt` と `kms:Decrypt` を許可し、Partner の IAM ポリシーは `kms:Encrypt` を許可します。Partner がキー ARN で `Encrypt` を呼びます。許可されますか、拒否されますか?',
        explain:
          'キーポリシーが相手のアカウントを許可し、そのアカウントの IAM ポリシーがロールに委ねているので許可されます。',
      },
      'cross-account-alias': {
        stem: '同じクロスアカウントの権限で、Partner がキー ARN ではなくエイリアス名 `alias/shared` で `Encrypt` を呼びます。どうなりますか?',
        explain:
          'エイリアス名は呼び出し元自身のアカウントとリージョンで探されます。アカウントをまたぐときはキー ARN を使う必要があります。',
      },
      'data-key-bytes': {
        stem: '`KeySpec` `AES_256` で `GenerateDataKey` を呼びます。平文のデータキーは何バイトですか?',
        explain: 'AES-256 は 256 ビットのキー、つまり 32 バイトです。',
      },
      'data-key-128': {
        stem: '`KeySpec` `AES_128` で `GenerateDataKey` を呼びます。平文のデータキーは何バイトですか?',
        explain: 'AES-128 は 128 ビットのキー、つまり 16 バイトです。',
      },
      'aws-managed-direct': {
        stem: 'Admin ロール (IAM で `kms:*` を許可) が `alias/aws/s3` で直接 `Encrypt` を呼びます。許可されますか、拒否されますか?',
        explain: 'AWS 管理キーのポリシーはそのサービス経由 (`kms:ViaService`) の利用しか許可しません。',
      },
      'aws-managed-rotation': {
        stem: 'S3 が AWS 管理キーを 1 年間使ってきました。S3 が新しいオブジェクトを暗号化します。KMS はどのバッキングキーを使いますか?',
        explain:
          'AWS 管理キーは (2022 年から) 毎年自動でローテーションされます。ローテーションは 1 回行われています。',
      },
      'trail-denied': {
        stem: '権限のないロールが `Decrypt` を呼び、拒否されました。CloudTrail には何が記録されますか?',
        explain: 'CloudTrail は拒否された KMS の呼び出しも `errorCode` 付きで記録します。',
      },
      'trail-data-key': {
        stem: 'アプリケーションが `GenerateDataKey` を呼び、成功しました。CloudTrail には何が記録されますか?',
        explain: 'KMS の API 呼び出しはすべて記録されます (キーマテリアルや平文は記録されません)。',
      },
      'cost-one-key': {
        stem: '1 月の間ずっと存在するカスタマー管理キーが 1 つ、リクエストは数件。1 月の KMS の請求はいくらですか?',
        explain: 'キー 1 つにつき月 $1。リクエストは毎月最初の 20,000 件が無料です。',
      },
      'cost-three-rotations': {
        stem: '1 月 1 日にキーを作り、同じ日に随時ローテーションを 3 回行いました。1 月の請求はいくらですか?',
        explain:
          'キーの $1 に、最初の 2 回のローテーションの $1 ずつ。それ以降は無料です (キー 1 つにつき月最大 $3)。',
      },
      'cost-pending-deletion': {
        stem: '1 月 1 日にキーを作り、すぐに待機期間 30 日で削除をスケジュールしました。1 月の請求はいくらですか?',
        explain: '削除保留中のキーは、削除がそのまま行われるなら料金はかかりません。',
      },
      'secret-disabled-key': {
        stem: 'Secrets Manager のシークレットがカスタマー管理キーで暗号化されており、そのキーが無効化されました。アプリケーションが `GetSecretValue` を呼びます。どうなりますか?',
        explain:
          'Secrets Manager はシークレットを読むのに KMS の `Decrypt` が必要で、キーが無効な間は DecryptionFailure で失敗します。',
      },
      'discarded-data-key': {
        stem: 'アプリケーションが `GenerateDataKey` の後で平文のデータキーを破棄し、それから暗号化しようとします。どうなりますか?',
        explain:
          '破棄するとキーはメモリ上でゼロ埋めされます。さらに暗号化するには GenerateDataKey をもう一度呼びます (または保存した暗号化済みデータキーを復号します)。',
      },
    },
  },
);
