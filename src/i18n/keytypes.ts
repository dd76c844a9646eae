import { defineMessages } from './define';

/**
 * The Key types section. Facts follow the study notes (seed/kms-study-notes.ja.md) enriched with the
 * reference (§1 key types and pricing, §5 rotation, §8 Regions, §9 CloudTrail, §10 FIPS, §3 Encrypt limit).
 * Text in `backticks` is an API name or identifier and is shown as code.
 */
export const keytypes = defineMessages(
  {
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
  },
  {
    title: 'KMS キーの 3 つの種類',
    lead: 'KMS キーは必ず 3 種類のどれかに属します。誰が管理するか、何を参照・変更できるか、どうローテーションされるか、いくらかかるかが異なります。比較したい種類を選び、各行の「もし…なら?」を開いてみてください。',
    kinds: {
      customer: {
        name: 'カスタマー管理キー',
        summary: 'あなたが作成し、キーポリシー・ローテーション・削除まですべてを決めます。',
      },
      awsManaged: {
        name: 'AWS 管理キー',
        summary:
          'AWS のサービスがあなたのアカウント内に代わりに作成します。参照はできますが変更はできません。',
      },
      awsOwned: {
        name: 'AWS 所有キー',
        summary: 'AWS のサービスが自身のアカウントで保持します。あなたからは見えません。',
      },
    },
    compare: {
      label: '比較する種類',
      shown: '表に表示中',
      hidden: '表に非表示',
      lastOne: '少なくとも 1 種類は表に残ります。',
    },
    table: {
      caption: 'KMS キー 3 種類の比較',
      aspect: '項目',
      whatIf: 'もし',
    },
    rows: {
      manager: {
        label: '管理者',
        customer: 'あなた (顧客)',
        awsManaged: 'AWS (あなたのアカウント内のサービスのため)',
        awsOwned: 'そのキーを所有する AWS のサービス',
        question: '…キーを使える人を自分で決めたいなら?',
        answer:
          'キーポリシーとグラントを自分で書けるのはカスタマー管理キーだけです。AWS 管理キーのキーポリシーは AWS が書いたもので、アカウント内の誰もが使えますが、使えるのはそのサービス経由に限られます。AWS 所有キーのポリシーは見ることさえできません。',
      },
      livesIn: {
        label: '保管場所',
        customer: 'あなたのアカウントの 1 つのリージョン',
        awsManaged: 'あなたのアカウントの 1 つのリージョン',
        awsOwned: 'AWS のサービスのアカウント',
        question: '…同じデータを別のリージョンで使いたいなら?',
        answer:
          'KMS はリージョンサービスです。キーは作成したリージョンにしか存在せず、キーマテリアルがそのリージョンから出ることはありません。`us-east-1` で作った暗号文は、単一リージョンキーでは `eu-west-1` で復号できません。マルチリージョンキー (カスタマー管理キーのみ) は、キーマテリアルを共有する関連キーの組です。AWS 管理キーは常に単一リージョンです。',
      },
      identifiedBy: {
        label: '指定のしかた',
        customer: 'キー ID、キー ARN、または `alias/my-app` のような独自のエイリアス',
        awsManaged: '定義済みのエイリアス `alias/aws/<service>` (例: `alias/aws/s3`)',
        awsOwned: '指定できません (あなたからは見えません)',
        question: '…S3 がまだ一度も使っていない `alias/aws/s3` に `DescribeKey` を呼んだら?',
        answer:
          'KMS がその場で AWS 管理キーを作成してエイリアスを関連付け、その `KeyId` と `Arn` を返します。`alias/aws/` で始まるエイリアスは作成できず、独自のエイリアスを AWS 管理キーに向けることもできません。',
      },
      keyManager: {
        label: '`DescribeKey` が返す `KeyManager`',
        customer: '`CUSTOMER`',
        awsManaged: '`AWS`',
        awsOwned: 'なし (あなたのアカウントにはないキーです)',
        question: '…スクリプトで種類を見分けたいなら?',
        answer:
          '`DescribeKey` を呼んで `KeyMetadata.KeyManager` を読みます。自分で管理するキーは `CUSTOMER`、AWS 管理キーは `AWS` です。KMS コンソールでも両者は別のページに一覧表示されます。',
      },
      view: {
        label: 'メタデータ・キーポリシー・CloudTrail イベントの参照',
        customer: 'できる',
        awsManaged: 'できる (読み取りのみ)',
        awsOwned: 'できない',
        question: '…CloudTrail でキーの使用履歴を探したら?',
        answer:
          'カスタマー管理キーと AWS 管理キーへのリクエストは、失敗や拒否も含めてすべてあなたのアカウントの CloudTrail に記録されます。サービスが代わりに呼び出した場合は `invokedBy: s3.amazonaws.com` のようにサービス名が残ります。AWS 所有キーの使用は、あなたのアカウントには一切現れません。',
      },
      change: {
        label: 'ポリシー変更・有効化/無効化・タグ付け・削除のスケジュール',
        customer: 'できる',
        awsManaged: 'できない',
        awsOwned: 'できない',
        question: '…AWS 管理キーを無効化・削除しようとしたら?',
        answer:
          'リクエストは拒否されます。AWS が書いたキーポリシーは、誰にもキーの管理を許していないからです。AWS 管理キーは無効化も削除もできず、別のポリシーも設定できません。その制御が必要ならカスタマー管理キーを使います。',
      },
      directUse: {
        label: '`Encrypt`・`Decrypt`・`GenerateDataKey` での直接利用',
        customer: 'できる (キーポリシーと IAM が許可していれば)',
        awsManaged: 'できない (そのサービス経由のみ)',
        awsOwned: 'できない',
        question: '…`alias/aws/s3` を指定して自分で `Encrypt` を呼んだら?',
        answer:
          '`AccessDeniedException` になります。AWS 管理キーのポリシーは、リクエストがそのサービス経由 (条件 `kms:ViaService`、例: `s3.us-east-1.amazonaws.com`) で、かつ自分のアカウントから (`kms:CallerAccount`) 来た場合にだけ使用を許可します。SSE-KMS で S3 にオブジェクトをアップロードすると、S3 があなたに代わって `GenerateDataKey` を呼び出します。',
      },
      rotation: {
        label: 'ローテーション',
        customer:
          '自動ローテーションは任意: 既定は 365 日ごと、90〜2,560 日で指定可能。オンデマンドローテーションも可能 (キーごとに最大 25 回)',
        awsManaged: '毎年自動、常に有効 (2022 年 5 月から。それ以前は 3 年ごと)',
        awsOwned: '所有するサービスが決める',
        question: '…キーがローテーションされたら、古い暗号文は復号できる?',
        answer:
          'できます。ローテーションは新しい暗号化用に新しいバッキングキーを追加し、以前のバッキングキーも KMS キーが削除されるまですべて保持します。暗号文にはどのバッキングキーで作られたかが記録されています。キー ID・ARN・エイリアス・ポリシーは変わらず、既存のデータは再暗号化されません (必要なら `ReEncrypt` で行います)。',
      },
      useCase: {
        label: '主なユースケース',
        customer: '監査、きめ細かなアクセス制御、クロスアカウント共有',
        awsManaged: 'アカウント内の 1 つのサービスでのシンプルな既定の暗号化',
        awsOwned: '一部のサービス内部での既定の暗号化',
        question: '…別の AWS アカウントがあなたのデータを復号する必要があるなら?',
        answer:
          'カスタマー管理キーを使います。キーポリシーで相手のアカウントを許可し、さらに相手のアカウントの IAM ポリシーでそのユーザーまたはロールを許可する必要があります。AWS 管理キーはポリシーを変更できないため共有できません。',
      },
      monthlyFee: {
        label: '月額料金',
        customer:
          'キー 1 つにつき月 $1 (1 時間単位で按分)。1 回目と 2 回目のローテーションで各 $1 加算 (最大 $3)',
        awsManaged: 'なし',
        awsOwned: 'なし',
        question: '…カスタマー管理キーが 5 回ローテーションされたら?',
        answer:
          '2024 年 4 月の料金改定以降は月 $3 です。キー本体の $1 に、最初の 2 回のローテーション分が各 $1 加わり、3 回目以降は無料です。改定前はローテーションのたびに上限なく $1 ずつ加算されたため、同じキーが月 $6 でした。削除待ちのキーには料金がかかりません。',
      },
      requestFee: {
        label: 'リクエスト料金',
        customer: 'あり: 無料枠を超えた対称キーのリクエスト 10,000 件ごとに $0.03',
        awsManaged: 'あり (サービスが代わりに支払う場合もある)',
        awsOwned: 'なし',
        question: '…アプリケーションが 1 か月に対称キーの `Decrypt` を 1,000,000 回呼んだら?',
        answer:
          '毎月最初の 20,000 リクエストは無料です (全リージョン合計)。残りの 980,000 件は 98 × $0.03 = $2.94 です。AWS 管理キーへのリクエストも同じように課金されます。',
      },
      quota: {
        label: 'KMS キーのクォータ (アカウント・リージョンごとに 100,000 個) に含まれるか',
        customer: '含まれる',
        awsManaged: '含まれない',
        awsOwned: '含まれない',
        question: '…AWS のサービスがあなたのアカウントに AWS 管理キーを作ったら?',
        answer: 'クォータには数えられません。数えられるのは、あなたが作成した KMS キーだけです。',
      },
    },
    facts: {
      title: 'KMS を支える仕組み',
      region: {
        title: 'リージョンサービス',
        body: 'キー・エイリアス・グラント・クォータは 1 つのアカウントの 1 つのリージョンに属し、キーマテリアルがリージョンの外に出ることはありません。別のリージョンで同じデータを使うには、そのリージョンのキーかマルチリージョンキーが必要です。',
      },
      cloudTrail: {
        title: 'すべての使用を CloudTrail で監査',
        body: 'KMS は API 呼び出しを 1 件ずつ CloudTrail の管理イベントとして記録します。誰が、どのキーを、いつ、どのサービス経由で、どの暗号化コンテキストで使ったかが残ります。平文・暗号文・データキーは記録されません。',
      },
      hsm: {
        title: 'キーは検証済み HSM の中だけで使われる',
        body: 'KMS キーのキーマテリアルは KMS のハードウェアセキュリティモジュール (HSM) の中で生成・使用され、平文のまま外に出ることはありません。HSM の検証レベルは年とともに変わってきました。',
        notesSay: '学習ノートの記載',
        notesValue: 'FIPS 140-2 レベル 2',
        awsSays: '現在の AWS の記載',
        awsValue: 'FIPS 140-3 レベル 3 (CMVP 認定番号 #4884)',
        history: {
          y2017:
            '2017 年から: FIPS 140-2 全体レベル 2 (4 つの領域はレベル 3)。古いドキュメントとノートは今もこの記載です。',
          y2023: '2023 年 5 月: FIPS 140-2 レベル 3 (AWS セキュリティブログで発表)。',
          today:
            '現在: FIPS 140-3 セキュリティレベル 3、CMVP 認定番号 #4884 (2024 年 10 月のセキュリティポリシー)。',
        },
        caveat:
          '中国リージョンは代わりに OSCCA 認定の HSM を使います。FIPS エンドポイント (`kms-fips.<region>.amazonaws.com`) は TLS に関するもので、HSM とは別の話です。',
      },
      envelope: {
        title: 'エンベロープ暗号化が必要な理由',
        body: '`Encrypt` が受け付ける平文は最大 4,096 バイト (4 KB) です。それより大きなデータを守るために、KMS はデータそのものではなく小さなデータキーを暗号化します。',
        steps: {
          generate:
            '`GenerateDataKey` がデータキーを 2 つの形で返します: 平文のものと、KMS キーで暗号化されたもの。',
          encrypt: '平文のデータキーで、データを手元で暗号化します。',
          discard: '平文のデータキーは即座にメモリから破棄します。',
          store:
            '暗号化済みデータキーを暗号化データと一緒に保存します (S3、EBS など)。読み出すときは `Decrypt` で暗号化済みデータキーをデータキーに戻します。',
        },
        outro:
          'これがエンベロープ暗号化です。KMS Lab は、これを本物のバイトで一歩ずつ見せるために作られています。',
      },
    },
    specs: {
      title: 'キー仕様: それぞれ何に使うか',
      lead: 'キー仕様はキーの作成時に選び、あとから変えられません。キーに何ができるか (キーの用途) と、どのアルゴリズムを使うかは仕様で決まります。下の用途とアルゴリズムは、`CreateKey` と `DescribeKey` が返すとおり、シミュレーター自身のものです。',
      usages: 'キーの用途',
      algorithms: 'アルゴリズム',
      create: 'キーのセクションでキー仕様 `{spec}` のキーを作る',
      families: {
        symmetric: {
          title: '対称暗号化',
          for: 'デフォルトの仕様で、AWS のサービスがデータの暗号化に使う唯一の種類です (S3、EBS、RDS、Secrets Manager など)。KMS の外に出ない 256 ビットの AES-GCM キー 1 つで、`Encrypt` は 4 KB まで、`GenerateDataKey` でエンベロープ暗号化を始めます。自動ローテーションできる唯一の仕様です。',
        },
        hmac: {
          title: 'HMAC: メッセージ認証コード',
          for: '`GenerateMac` と `VerifyMac`: メッセージが、このキーを使う権限のある誰かから来て、改変されていないことを示すコードです。キーは秘密なので、作る側も確かめる側も KMS を呼びます。サービスが発行し、あとで自分で確かめるトークンなどに使います。',
        },
        rsa: {
          title: 'RSA: 暗号化または署名',
          for: '暗号化か署名のどちらか一方で、両方はできません (キーの用途は作成時に選びます)。`ENCRYPT_DECRYPT` は OAEP パディング (`RSAES_OAEP_*`) で、平文は最大 214 / 190 バイト (RSA_2048、SHA-1 / SHA-256)、342 / 318 (RSA_3072)、470 / 446 (RSA_4096) です。パスワードや鍵は入りますが、ファイルは入りません。`SIGN_VERIFY` は `RSASSA_PSS_*` か `RSASSA_PKCS1_V1_5_*` のパディングで署名します。RSA の公開鍵はどの環境でも読めるので、KMS を呼べない取引先でも、こちら宛てに暗号化したり署名を確かめたりできます。',
        },
        eccNist: {
          title: 'NIST の楕円曲線',
          for: 'ECDSA による署名 (RSA より鍵も署名も小さい: コード、文書、JWT など) か鍵共有のどちらか一方です。`KEY_AGREEMENT` では `DeriveSharedSecret` が KMS 内の秘密鍵と相手の公開鍵で ECDH を行い、秘密を送らずに双方が同じ秘密にたどり着きます。',
        },
        secp256k1: {
          title: 'secp256k1: ブロックチェーンの署名',
          for: '署名専用で、`ECDSA_SHA_256` を使います。Bitcoin と Ethereum の曲線なので、ブロックチェーンのアカウントの秘密鍵を KMS に置いたまま、取引に署名できます。',
        },
        mlDsa: {
          title: 'ML-DSA (耐量子署名)',
          for: '将来の量子コンピューターに対しても安全であるよう設計された署名です (FIPS 204)。署名は大きく、2,420 から 4,627 バイトあります。アルゴリズムは `ML_DSA_SHAKE_256` の 1 つで、メッセージは `RAW` (4 KB まで) か、外で計算した 64 バイトの μ (`EXTERNAL_MU`) として署名します。',
        },
        mlKem: {
          title: 'ML-KEM (耐量子の鍵確立)',
          for: '量子コンピューターでも取り出せない共有秘密を作ります (FIPS 203)。`Encapsulate` は 32 バイトの秘密とその暗号文を返し、KMS 内の秘密鍵で `Decapsulate` したときだけ暗号文が秘密に戻ります。誤った暗号文ではエラーではなく、ランダムに見える秘密が返ります (暗黙的拒否)。',
        },
      },
      notes: {
        title: 'すべての非対称キーに言えること',
        rotation:
          '自動ローテーションはありません。ローテーションするのは対称暗号化キーだけで、`EnableKeyRotation` は非対称キーと HMAC キーを拒否します。入れ替えるには新しいキーを作ってエイリアスを移し、古い公開鍵を持っている相手には新しい公開鍵を取り直してもらいます。',
        publicKey:
          '公開鍵は KMS の外に出せます。`GetPublicKey` が返します (DER 形式の `SubjectPublicKeyInfo`)。それが目的です: AWS の認証情報を持たない人でも、このキー宛てに暗号化したり、署名をオフラインで確かめたりできます。秘密鍵が暗号化されずに KMS の外に出ることはありません。',
        signature:
          '正しい署名が示すのは、このキーで `Sign` を呼ぶ権限のある誰かがまさにこのバイト列に署名し、その後 1 バイトも変わっていないことです。いつ署名したかや、内容が正しいことは示しません。また、内容を秘密にもしません。',
        services:
          'データを暗号化する AWS のサービスが受け付けるのは対称暗号化キーだけです。非対称キーは、KMS を呼べない相手との、AWS の外での仕事に使います。',
      },
    },
    sources: '出典',
  },
);
