import type { Translation } from './define';
import type { player as en } from './player';

/** The Japanese side of src/i18n/player.ts: the same keys, each message with the same {parameters}. */
export const player: Translation<typeof en> = {
  label: 'シナリオプレーヤー',
  first: '最初のステップ (Home)',
  prev: '前のステップ (←)',
  play: '再生 (Space)',
  pause: '一時停止 (Space)',
  next: '次のステップ (→)',
  last: '最後のステップ (End)',
  speed: '速度',
  options: '速度と共有',
  scrubber: 'ステップ',
  chapters: '章',
  positionInChapter: '{position}、章「{chapter}」',
  position: 'ステップ {step} / {total}',
  loading: '再生中…',
  failedMarker: '失敗',
  replayError: 'このシナリオの再生中に不具合が発生しました: {message}',
  share: 'リンクをコピー',
  copied: 'リンクをコピーしました: {length} 文字。',
  copyFailed: 'ブラウザがコピーを許可しませんでした。リンクはアドレスバーにあります ({length} 文字)。',
  shareOpen: '共有',
  shareDialog: {
    title: 'このステップを共有',
    body: 'リンクにはシナリオ全体とこのステップが入っています。開いた人には同じキー、同じバイト、同じステップが表示されます。',
    linkLabel: 'ステップ {step}/{total} へのリンク',
    qrLabel: 'ステップ {step}/{total} へのリンクの QR コード',
    qrHint:
      'スマートフォンのカメラで読み取ると、このステップが開きます ({length} 文字、QR バージョン {version})。',
    qrTooLong:
      'このリンクは QR コードにするには長すぎます ({length} 文字)。「ファイルに保存」で共有してください。',
    enlarge: 'QR コードを大きく表示',
    shrink: 'QR コードを小さく表示',
    close: '閉じる',
  },
  exportFile: 'ファイルに保存',
  importFile: 'シナリオファイルを開く',
  linkLength: '共有リンクの長さは {length} 文字です。',
  linkTooLong:
    '共有リンクの長さは {length} 文字です。チャットやメールでは {limit} 文字を超えるリンクが途中で切れることがよくあります。このシナリオを共有するには「ファイルに保存」を使ってください。',
  cliEquivalent: 'このステップを AWS CLI コマンドで見る',
  cliShort: 'AWS CLI',
  captionMore: '説明をすべて表示',
  captionLess: '説明を短く表示',
  dismiss: '閉じる',
  downloadSaved: '保存されていた作業をダウンロード',
  saved: {
    'newer-version':
      '保存されている作業は新しいバージョンの KMS Lab で作られています。そのまま残し、このタブでは上書きしません。ここでの作業を残すには「ファイルに保存」を使ってください。',
    malformed:
      '保存されていた作業が壊れていて読めないため、新しく始めました。古い保存データは別に残してあり、ダウンロードできます。',
    invalid:
      '保存されていた作業を使えないため ({detail})、新しく始めました。古い保存データは別に残してあり、ダウンロードできます。',
    'too-large':
      '保存されていた作業が大きすぎて安全に開けないため、新しく始めました。古い保存データは別に残してあり、ダウンロードできます。',
    'unsupported-format':
      '保存されていたデータは KMS Lab のシナリオではないため、新しく始めました。データは別に残してあり、ダウンロードできます。',
  },
  storage: {
    'quota-exceeded':
      'ブラウザのストレージがいっぱいで、作業が自動保存されなくなりました。残すには「ファイルに保存」を使ってください。',
    'storage-unavailable':
      'このブラウザでは KMS Lab が作業を自動保存できません。残すには「ファイルに保存」を使ってください。',
  },
  stepBy: '{principal} として呼び出し',
  placement: {
    label: '前のステップで操作すると、その後に追加されます。後に続いていたステップは',
    keep: '新しいステップの後に残す',
    drop: '削除する',
  },
  range: { one: 'ステップ {from}', many: 'ステップ {from}〜{to}' },
  undo: '元に戻す',
  undone: '元に戻しました: シナリオは変更前の状態です。',
  inserted: {
    keep: 'ステップ {step} の後に{added}を追加しました。その後にあったステップ ({range}) は新しいステップの後に続き、続けて再生されます。',
    drop: 'ステップ {step} の後に{added}を追加しました。その後にあったステップ ({range}) は削除しました。',
    checking: '後に続くステップを再生しています…',
    allOk: '失敗するステップはありません。',
    nowFail: '失敗するようになったステップ: {list}。前後に移動して理由を確かめてください。',
    keepInstead: '残す方に変える',
    dropInstead: '削除する方に変える',
  },
  started: {
    template:
      '新しいシナリオ「{name}」を始めました。前のシナリオ ({steps} ステップ) は、このシナリオを変更するまでは「元に戻す」で復元できます。',
    empty:
      '空のシナリオを始めました。前のシナリオ ({steps} ステップ) は、このシナリオを変更するまでは「元に戻す」で復元できます。',
    save: '前のシナリオをファイルに保存',
  },
  newScenario: {
    button: '新しいシナリオ…',
    title: '新しいシナリオを始める',
    body: '組み込みのシナリオか、空のアカウントから始めます。今のシナリオ ({steps} ステップ) はすぐには失われません。「元に戻す」で戻せるほか、ファイルに保存することもできます。',
    empty: '空: キーもステップもなし',
    cancel: 'キャンセル',
  },
  template: {
    'envelope-basics': 'エンベロープ暗号化を一歩ずつ',
    'why-envelope': 'なぜエンベロープ暗号化か (5 KB を直接暗号化すると失敗する)',
    rotation: 'ローテーションしても古いバッキングキーは残る',
  },
  file: {
    'newer-version':
      'このファイルは新しいバージョンの KMS Lab で作られています。あなたの作業はそのままです。',
    malformed: 'このファイルは正しい JSON ではありません。あなたの作業はそのままです。',
    invalid: 'このファイルのシナリオは KMS Lab で使えません ({detail})。あなたの作業はそのままです。',
    'too-large': 'このファイルは大きすぎて安全に開けません。あなたの作業はそのままです。',
    'unsupported-format': 'これは KMS Lab のシナリオファイルではありません。あなたの作業はそのままです。',
  },
  caption: {
    start:
      '最初のステップの前です: {region} のアカウント {account} にはまだ KMS キーがありません。シナリオの {steps} ステップはここから始まります。再生 (スペースキー) か → キーで見ていきましょう。',
    startEmpty:
      '空のシナリオです: {region} のアカウント {account} には KMS キーもステップもまだありません。各セクションでの操作 (キーの作成、暗号化など) がこのシナリオのステップになります。',
    note: '{text}',
    clockAdvance: 'シミュレーションの時計を {days} 日進めました。',
    iamPolicy: 'IAM ポリシー `{policyName}` を `{principal}` にアタッチしました。',
    kmsOk: '`{op}` が成功しました。',
    kmsFailed: '`{op}` が失敗しました: `{errorName}` {message}',
    CreateKey: '`CreateKey` で新しい KMS キー `{keyId}` を作成し、256 ビットのキーマテリアルを生成しました。',
    CreateAlias: '`CreateAlias` で `{alias}` をこのキーに向けました。',
    GenerateDataKey:
      '`GenerateDataKey` が {bytes} バイトの平文のデータキーと、`{keyId}` で暗号化した同じキーを返しました。',
    Encrypt:
      '`Encrypt` が {bytes} バイトを `{keyId}` で暗号化し、{blobBytes} バイトの暗号文 BLOB にしました。',
    Decrypt: '`Decrypt` は暗号文 BLOB 自体からキーを特定し、{bytes} バイトの平文を返しました。',
    EnableKeyRotation:
      '自動ローテーションを有効にしました: {days} 日ごとに新しいバッキングキー。古いものも保持されます。',
    RotateKeyOnDemand:
      '`RotateKeyOnDemand` で今すぐローテーションしました: 以後の暗号化は新しいキーマテリアルを使います。',
    ListKeyRotations: 'このキーはこれまでに {count} 回ローテーションされています。',
    DisableKey: 'キーを無効にしました: 再び有効にするまで使えません。',
    EnableKey: 'キーを再び有効にしました。',
    ScheduleKeyDeletion: 'キーは {date} に削除されます。それまでは使えず、削除は取り消せます。',
    CancelKeyDeletion: '削除を取り消しました。キーは無効の状態です: 使うには有効にしてください。',
    envelopeEncryptText:
      'クライアントが平文のデータキーで {length} 文字を暗号化しました (AES-256-GCM、{frames} フレーム)。',
    envelopeEncryptFile:
      'クライアントが平文のデータキーでファイル `{name}` ({size} バイト) を暗号化しました。',
    envelopeDiscard: '平文のデータキーをゼロで上書きしました: 残るのは暗号化されたコピーだけです。',
    wrapKeyMaterial:
      'クライアントが 32 バイトのキーマテリアルを作り、ステップ `{parameters}` のラッピング用公開鍵で暗号化しました (`{algorithm}`)。',
    envelopeStore:
      'エンベロープ (暗号化データキー + 暗号化データ、{bytes} バイト) を `{object}` に保存しました。',
    envelopeDecrypt:
      'KMS がデータキーを復号し、そのデータキーで `{object}` を復号しました: {length} バイトが元に戻りました。',
    envelopeDecryptKmsFailed: '`{object}` の復号は KMS で止まりました: `{errorName}` {message}',
    envelopeDecryptFailed: '`{object}` の復号は「{stage}」で止まりました: {reason}',
    tamperFlip: '攻撃者が `{object}` の{part}のビット {bit} を反転させました。',
    tamperContext: '攻撃者が `{object}` に保存された暗号化コンテキストを書き換えました。',
    iamPolicyFailed: 'IAM がポリシー `{policyName}` を拒否しました: `{errorName}` {message}',
    envelopeEncryptFailed: 'クライアントは暗号化できませんでした: {reason}',
    tamperFailed: '`{object}` を改ざんできませんでした: {reason}',
    RefUnresolved: 'このステップには `{ref}` が必要ですが、そのステップは値を返しませんでした。',
    DataKeyUnavailable: 'ステップ {dataKey} はクライアントに平文のデータキーを渡していません。',
    DataKeyDiscarded:
      'ステップ {dataKey} の平文のデータキーはすでに破棄されています (すべてゼロ)。もう使えません。',
    EnvelopeUnavailable: 'ステップ {envelope} は保存できるエンベロープを作っていません。',
    NoSuchObject: '`{object}` には何も保存されていません。',
    FileNotInScenario:
      'ファイル `{name}` ({size} バイト) はシナリオに含まれていません: ファイルはリンクに入りません。このステップを再生するには同じファイルをもう一度選んでください。',
    TamperOutOfRange: '{part}は {bits} ビットしかないため、ビット {bit} は反転できません。',
  },
  stage: {
    input: '入力',
    header: 'ヘッダーの解析',
    'data-key': 'KMS によるデータキーの復号',
    commitment: 'キーコミットメントの確認',
    'header-auth': 'ヘッダーの認証',
    body: 'データの復号',
    footer: '署名の検証',
  },
  part: {
    edk: '暗号化データキー',
    iv: 'フレーム {frame} の IV',
    tag: 'フレーム {frame} の認証タグ',
    data: 'フレーム {frame} の暗号化データ',
    header: 'ヘッダー',
    message: 'メッセージ',
  },
  envelopeError: {
    truncated: 'エンベロープが途中で切れています。',
    'trailing-bytes': '最後のフレームの後に余分なバイトがあります。',
    'bad-version':
      'メッセージ形式のバージョンが 1.0 でも 2.0 でもありません: AWS Encryption SDK のメッセージではありません。',
    'unknown-suite':
      'AWS Encryption SDK のアルゴリズムスイートではありません (またはこのラボが書き込まないスイートです)。',
    malformed: 'エンベロープのフィールドにありえない値があります。',
    'invalid-input': '入力が使えません (キーの長さかフレーム長が不正)。',
    'reserved-encryption-context-key': '暗号化コンテキストが予約済みの接頭辞 `aws-crypto-` を使っています。',
    'frame-length-exceeds-limit': 'フレーム長がこのリーダーの上限を超えています。',
    'data-key-unavailable': '復号できる暗号化データキーがありません。',
    'commitment-mismatch': 'データキーがヘッダーのキーコミットメントと一致しません。',
    'header-auth-failed': 'ヘッダーの認証タグが一致しません: ヘッダーが書き換えられています。',
    'encryption-context-mismatch': '暗号化コンテキストが期待したものと違います。',
    'frame-auth-failed': 'フレーム {frame} の認証タグが一致しません: その内容は一切出力されません。',
    'frame-out-of-order': 'フレーム {frame} の順番が正しくありません。',
    'signature-invalid':
      'フッターの ECDSA 署名が検証できません: 署名の後でメッセージが書き換えられています。',
    'discarded-data-key': '平文のデータキーはすでに破棄されています。',
    aborted: '取り消されました。',
  },
  link: {
    'newer-version': 'このリンクは新しいバージョンの KMS Lab で作られています。あなたの作業はそのままです。',
    malformed:
      'このリンクは壊れています (コピーの際に途中で切れたのかもしれません)。あなたの作業はそのままです。',
    invalid: 'このリンクのシナリオは KMS Lab で使えません ({detail})。あなたの作業はそのままです。',
    'too-large': 'このリンクは大きすぎて安全に開けません。あなたの作業はそのままです。',
    'unsupported-format': 'これは KMS Lab のシナリオではありません。あなたの作業はそのままです。',
  },
  opening: {
    title: '共有されたシナリオを開きますか?',
    body: 'このブラウザには自分のシナリオ ({steps} ステップ) があります。リンクを開くとそれが置き換わります。',
    'open-link': 'リンクを開く',
    'keep-mine': '自分の作業を残す',
    'save-mine-first': '先に自分の作業をファイルに保存',
    file: {
      title: 'シナリオファイルを開きますか?',
      body: 'このブラウザには自分のシナリオ ({steps} ステップ) があります。ファイルを開くとそれが置き換わります。',
      'open-link': 'ファイルを開く',
    },
  },
  present: 'プレゼンテーション',
  presentHint: 'プロジェクター用に図とプレーヤーだけを表示します (リンクにも #present として残ります)',
  keyGeneration: {
    p: 'ページが止まらないよう、`{spec}` のキーペアをバックグラウンドのスレッドで生成中: 1 つ目の素数 p を探しています。',
    q: 'ページが止まらないよう、`{spec}` のキーペアをバックグラウンドのスレッドで生成中: p が見つかり、2 つ目の素数 q を探しています。',
    candidates: '候補 {count} 個を検査済み',
    seed: '32 バイトのシードはシナリオの乱数生成器から取るので、このリンクからは毎回同じキーができます。',
  },
  denied: {
    title: 'アクセスが拒否されました',
    explain: 'なぜ拒否されたのか、どう直せばよいかを見る',
  },
};
