import type { Translation } from './define';
import type { lessons as en } from './lessons';

/** The Japanese side of src/i18n/lessons.ts: the same keys, each message with the same {parameters}. */
export const lessons: Translation<typeof en> = {
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
    undecidable: 'シミュレーターの結果 ({observed}) がどの選択肢にもありません。この問題を報告してください。',
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
          explain: 'キーの $1 に、最初の 2 回のローテーションの $1 ずつ。3 回目は無料なので上限は $3 です。',
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
      explain: 'キーポリシーがアカウントの IAM ポリシーを信頼し、App の IAM ポリシーが操作を許可しています。',
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
      explain: 'KMS の API 操作にはそれぞれの権限が必要で、`kms:Decrypt` で `kms:Encrypt` は許可されません。',
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
};
