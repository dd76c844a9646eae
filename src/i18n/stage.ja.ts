import type { Translation } from './define';
import type { stage as en } from './stage';

/** The Japanese side of src/i18n/stage.ts: the same keys, each message with the same {parameters}. */
export const stage: Translation<typeof en> = {
  label: 'このステップの図',
  actor: {
    application: 'あなたのアプリケーション',
    principal: '呼び出し元',
    service: '{service} (あなたの代わりに)',
    memory: 'メモリ',
    kms: 'AWS KMS · `{region}`',
    storage: 'ストレージ',
    trail: 'CloudTrail',
  },
  actorName: {
    caller: '{name}: {principal}',
    memory: 'アプリケーションのメモリ: トークン {count} 個',
    kms: '{region} の AWS KMS: {key}',
    storage: 'ストレージ: トークン {count} 個',
    trail: 'CloudTrail: 直近 {count} 件の記録',
  },
  empty: {
    memory: '空: キーもデータも保持していません',
    storage: '何も保存されていません',
    trail: 'まだ呼び出しはありません',
    key: 'KMS キーはまだありません',
  },
  key: {
    gateAllow: 'キーポリシー: 許可',
    gateDeny: 'キーポリシー: 拒否',
    gateIdle: 'キーポリシー',
    version: 'v{n}',
    current: '現行',
    used: '今回使用',
    versions: 'バッキングキーのバージョン',
    versionName: 'バッキングキー v{n}{current}{used}',
    currentMark: '、現行',
    usedMark: '、この呼び出しで使用',
    deletion: '{date} に削除',
    deleted: '削除済み: キーマテリアルは失われ、このキーで暗号化したものは二度と復号できません。',
    noKey: 'キーなし',
  },
  token: {
    dataKey: '平文のデータキー',
    zeroedKey: 'ゼロで上書きしたデータキー',
    ciphertextBlob: '`CiphertextBlob`',
    plaintext: '平文データ',
    encryptedData: '暗号化データ',
    encryptionContext: '暗号化コンテキスト',
    trailRecord: 'CloudTrail の記録',
  },
  badge: {
    secret: '秘密',
    safe: '保存してよい',
    version: '`v{n}` で暗号化',
    bytes: '{n} バイト',
    frames: 'フレーム数 {n}',
    orphaned: 'キー削除済み: 二度と復号できない',
    tampered: '1 ビット改ざん',
    caught: '検出: {where}',
    ok: '成功',
    failed: '失敗: `{code}`',
    bucketKey: '{bucket} の S3 バケットキー',
  },
  tokenName: '{name}、{detail}。バイトを開く',
  call: {
    response: 'レスポンス',
    noCall: 'このステップに KMS 呼び出しはありません',
    why: 'なぜ拒否されたか、どう直すか',
    via: '{service} 経由',
    earlier: '先に {count} 回の呼び出し: {operations}',
  },
  storage: {
    objects: 'オブジェクト {objects} 個、暗号化データキー {keys} 個',
    bucketKeys: 'オブジェクト {objects} 個、暗号化バケットキー {keys} 個 (S3 バケットキー)',
    more: '(ほかに {n} 個)',
  },
  local: {
    encrypt: 'アプリケーションのメモリ内で {cipher}: KMS は呼び出しません',
    encryptFailed: 'アプリケーションのメモリ内で暗号化: KMS は呼び出しません',
    discard: 'アプリケーションのメモリ内でゼロで上書き: KMS は呼び出しません',
    store: 'ストレージへの書き込み: KMS は呼び出しません',
    tamper: '攻撃者によるストレージの改ざん: KMS は呼び出しません',
    clock: '時間が経過: KMS を呼び出す人はいません (期限が来た処理は KMS 自身が行います)',
    policy: 'IAM ポリシーの変更: KMS は呼び出しません',
    service: '{service} は KMS を呼び出さずに応答しました',
    serviceBucketKey: '{service} は保持しているバケットキーを使いました: KMS は呼び出しません',
    wrap: 'アプリケーションのメモリ内で RSA-OAEP によりキーマテリアルをラップ: KMS は呼び出しません',
  },
  where: {
    input: 'エンベロープの読み取り',
    header: 'ヘッダー',
    'data-key': 'KMS Decrypt (暗号化データキーとコンテキスト)',
    commitment: 'キーコミットメント',
    'header-auth': 'ヘッダーのタグ',
    body: 'フレーム {frame} のタグ',
  },
  narration: {
    start: 'まだ何も起きていません。→ で最初のステップを実行します。',
    generateDataKey:
      'KMS はデータキーを 2 通り返しました。今使うための平文 ({bytes} バイト) と、保管するためにバッキングキー `v{version}` で暗号化したものです。',
    generateDataKeySigned:
      '署名付きスイート `0x0578` のため、アプリケーションはまず `ECDSA P-384` の鍵ペアを作り、公開鍵を暗号化コンテキストに入れて送りました。KMS はデータキーを 2 通り返しました。今使うための平文 ({bytes} バイト) と、保管するためにバッキングキー `v{version}` で暗号化し、そのコンテキストに結び付けたものです。',
    encryptData:
      'アプリケーションが自分のメモリ内で、平文のデータキーを使って {bytes} バイトを暗号化しました。暗号化フレームは {frames} 個。KMS はデータを見ていません。',
    encryptDataSigned:
      'アプリケーションが自分のメモリ内で、平文のデータキーを使って {bytes} バイトを暗号化し (暗号化フレームは {frames} 個)、メッセージ全体に `ECDSA` の秘密鍵で署名して、その秘密鍵を破棄しました。このメッセージを書けたのは秘密鍵の持ち主だけです。KMS はデータを見ていません。',
    discard:
      '平文のデータキーをその場で {bytes} バイトのゼロで上書きし、破棄しました。残るのは暗号化したコピーだけです。',
    store:
      '暗号化データキーと暗号化データが、1 つのエンベロープ ({bytes} バイト) として一緒に {object} へ保存されました。',
    decrypt:
      '暗号化データキーと暗号化コンテキストが KMS に入り、KMS は `CiphertextBlob` が示すバッキングキー `v{version}` で平文のデータキーを返しました。アプリケーションは {bytes} バイトを復号し、キーをゼロで上書きしました。',
    decryptSigned:
      '暗号化データキーと暗号化コンテキストが KMS に入り、KMS はバッキングキー `v{version}` で平文のデータキーを返しました。アプリケーションは暗号化コンテキストの公開鍵でフッターの `ECDSA` 署名を検証し、{bytes} バイトを復号して、キーをゼロで上書きしました。',
    decryptKmsFailed:
      'KMS は `Decrypt` を `{errorName}` で拒否しました。データキーは開かないので、データは読めません。',
    decryptCaught: '改ざんは{where}で検出されました (`{errorName}`)。誤った平文は出てきません。',
    call: '`{op}`: リクエストが KMS に入り、その記録が CloudTrail に追加されました。',
    callReturned: '`{op}`: KMS は {fields} を返しました。',
    reEncrypt:
      '`ReEncrypt`: KMS は `v{from}` で作られた暗号文を復号し、`v{to}` で暗号化し直しました。すべて KMS の中で行われ、平文は KMS の外に出ていません。',
    denied:
      '`{op}` は `{errorName}` で拒否されました。キーポリシーのゲートが閉じ、返ってきたのはエラーだけです。',
    rejected: '`{op}` は `{errorName}` で KMS に跳ね返されました。何も暗号化・変更されていません。',
    tamper: '攻撃者が {object} に保存されたエンベロープの {part} のビット {bit} を反転しました。',
    clock: 'シミュレーションの時計が {days} 日進み、期日を迎えたローテーションや削除が実行されました。',
    service:
      '{service} の `{action}` が、プリンシパルの代わりに独自の暗号化コンテキストで KMS を {calls} 回呼び出しました。',
    serviceBucketKeyReused:
      '{service} の `{action}` は、すでに保持しているバケットキー (S3 バケットキー) を使いました。KMS を呼び出さないので、CloudTrail にも記録は残りません。',
    serviceNoKms: '{service} の `{action}` は KMS を呼び出しませんでした。',
    serviceBucketKeys:
      '{service} の `{action}` は {objects} 個のオブジェクトに対して KMS を {calls} 回呼び出しました。S3 バケットキーは、バケット単位のキー 1 つから各オブジェクトのキーを導出します。',
    serviceFailed: '{service} の `{action}` は `{code}` で失敗しました。',
    serviceFailedKms: '{service} の `{action}` は `{code}` で失敗しました (KMS の応答: `{errorName}`)。',
    policy: 'IAM ポリシーが変わりました。以降の呼び出しはこれで判定されます。',
    wrap: 'アプリケーションが 32 バイトのキーマテリアルを作り、KMS が渡したラッピング用公開鍵で暗号化しました。開けるのは KMS の秘密鍵だけです。',
    note: 'シナリオのメモです。何も動いていません。',
    failed: 'このステップは失敗しました: `{errorName}`',
  },
  drawer: {
    title: '{name}',
    close: '閉じる (Esc)',
    bytes: '{name} のバイト',
    pairs: '暗号化コンテキストのペア',
    record: 'CloudTrail の記録 (JSON)',
    blobCaption: 'CiphertextBlob の各バイトの役割',
    messageCaption: 'エンベロープの各バイトの役割',
  },
  save: {
    label: '図を保存',
    svg: 'SVG',
    png: 'PNG',
    svgName: 'このステップの図を SVG で保存 (スライド用)',
    pngName: 'このステップの図を PNG で保存 (スライド用)',
    title: 'ステップ {step} / {total}: {caption}',
    failed: '図を保存できませんでした: {message}',
  },
};
