import { defineMessages } from './define';

/**
 * The stage: the animated diagram of the step under the player's cursor (src/ui/stage). Actor and token names,
 * the narration of what moved where (keyed by the scene's narration codes, src/ui/stage/picture.ts), and the
 * drawer that shows a token's bytes. Text in `backticks` is an API name or identifier.
 */
export const stage = defineMessages(
  {
    label: 'Diagram of this step',
    actor: {
      application: 'Your application',
      principal: 'Caller',
      service: '{service}, on your behalf',
      memory: 'Memory',
      kms: 'AWS KMS · `{region}`',
      storage: 'Storage',
      trail: 'CloudTrail',
    },
    actorName: {
      caller: '{name}: {principal}',
      memory: 'Application memory: {count} {count|one=token|other=tokens}',
      kms: 'AWS KMS in {region}: {key}',
      storage: 'Storage: {count} {count|one=token|other=tokens}',
      trail: 'CloudTrail: the last {count} {count|one=record|other=records}',
    },
    empty: {
      memory: 'Empty: no key or data held',
      storage: 'Nothing stored',
      trail: 'No calls yet',
      key: 'No KMS key yet',
    },
    key: {
      gateAllow: 'Key policy: allowed',
      gateDeny: 'Key policy: denied',
      gateIdle: 'Key policy',
      version: 'v{n}',
      current: 'current',
      used: 'used now',
      versions: 'Backing-key versions',
      versionName: 'Backing key v{n}{current}{used}',
      currentMark: ', current',
      usedMark: ', used by this call',
      deletion: 'deleted on {date}',
      deleted:
        'Deleted: its key material is gone, and nothing encrypted under it can ever be decrypted again.',
      noKey: 'no key',
    },
    token: {
      dataKey: 'Plaintext data key',
      zeroedKey: 'Data key, zero-filled',
      ciphertextBlob: '`CiphertextBlob`',
      plaintext: 'Plaintext data',
      encryptedData: 'Encrypted data',
      encryptionContext: 'Encryption context',
      trailRecord: 'CloudTrail record',
    },
    badge: {
      secret: 'secret',
      safe: 'safe to store',
      version: 'made by `v{n}`',
      bytes: '{n} B',
      frames: 'frames: {n}',
      orphaned: 'key deleted: can never be decrypted',
      tampered: 'a bit was flipped',
      caught: 'caught: {where}',
      ok: 'succeeded',
      failed: 'failed: `{code}`',
      bucketKey: 'S3 Bucket Key of {bucket}',
    },
    tokenName: '{name}, {detail}. Open its bytes',
    call: {
      response: 'Response',
      noCall: 'No KMS call in this step',
      why: 'Why, and what fixes it',
      via: 'via {service}',
      earlier: 'after {count} {count|one=call|other=calls}: {operations}',
    },
    storage: {
      objects:
        '{objects} {objects|one=object|other=objects}, {keys} {keys|one=encrypted data key|other=encrypted data keys}',
      bucketKeys:
        '{objects} {objects|one=object|other=objects}, {keys} encrypted {keys|one=bucket key|other=bucket keys} (S3 Bucket Keys)',
      more: '(and {n} more)',
    },
    local: {
      encrypt: '{cipher} in your application’s memory: no call to KMS',
      encryptFailed: 'Encryption in your application’s memory: no call to KMS',
      discard: 'Zero-fill in your application’s memory: no call to KMS',
      store: 'A write to storage: no call to KMS',
      tamper: 'A change in storage, by an attacker: no call to KMS',
      clock: 'Time passes: nobody calls KMS (what falls due, KMS does itself)',
      policy: 'An IAM policy changes: no call to KMS',
      service: '{service} answered without calling KMS',
      serviceBucketKey: '{service} used the bucket key it holds: no call to KMS',
      wrap: 'Key material wrapped with RSA-OAEP in your application’s memory: no call to KMS',
    },
    where: {
      input: 'reading the envelope',
      header: 'the header',
      'data-key': 'KMS Decrypt (encrypted data key and context)',
      commitment: 'the key commitment',
      'header-auth': 'the header tag',
      body: 'the tag of frame {frame}',
    },
    narration: {
      start: 'Nothing has happened yet: press → to run the first step.',
      generateDataKey:
        'KMS returned the data key twice: in plaintext ({bytes} {bytes|one=byte|other=bytes}) for you to use now, and encrypted under backing key `v{version}` for you to keep.',
      generateDataKeySigned:
        'For the signing suite `0x0578` your application first made an ECDSA P-384 key pair and sent its public key in the encryption context. KMS returned the data key twice: in plaintext ({bytes} {bytes|one=byte|other=bytes}) for you to use now, and encrypted under backing key `v{version}`, bound to that context, for you to keep.',
      encryptData:
        'Your application encrypted {bytes} {bytes|one=byte|other=bytes} with the plaintext data key, in its own memory: {frames} encrypted frame(s). KMS never saw the data.',
      encryptDataSigned:
        'Your application encrypted {bytes} {bytes|one=byte|other=bytes} with the plaintext data key, in its own memory ({frames} encrypted frame(s)), then signed the whole message with its ECDSA private key and discarded that key: only its holder could have written this message. KMS never saw the data.',
      discard:
        'The plaintext data key was overwritten with {bytes} zero bytes in place, then dropped: only its encrypted copy remains.',
      store:
        'The encrypted data key and the encrypted data travelled to storage together, as one envelope of {bytes} {bytes|one=byte|other=bytes} at {object}.',
      decrypt:
        'The encrypted data key and its encryption context went into KMS, which used backing key `v{version}` named in the blob and returned the plaintext data key; your application decrypted {bytes} {bytes|one=byte|other=bytes}, then zero-filled the key.',
      decryptSigned:
        'The encrypted data key and its encryption context went into KMS, which used backing key `v{version}` and returned the plaintext data key; your application verified the footer’s ECDSA signature with the public key from the encryption context, decrypted {bytes} {bytes|one=byte|other=bytes}, then zero-filled the key.',
      decryptKmsFailed:
        'KMS refused `Decrypt` with `{errorName}`: the data key stays locked, so the data cannot be read.',
      decryptCaught: 'The change was caught at {where} (`{errorName}`): no wrong plaintext came out.',
      call: '`{op}`: the request went into KMS, and its record dropped into CloudTrail.',
      callReturned: '`{op}`: KMS answered with {fields}.',
      reEncrypt:
        '`ReEncrypt`: KMS decrypted the blob made by `v{from}` and encrypted it again under `v{to}`, all inside KMS: the plaintext never left it.',
      denied:
        '`{op}` was denied with `{errorName}`: the key policy gate closed, and nothing came back but the error.',
      rejected: '`{op}` bounced off KMS with `{errorName}`: nothing was encrypted or changed.',
      tamper: 'An attacker flipped bit {bit} of the {part} in the stored envelope at {object}.',
      clock:
        'The simulated clock moved {days} {days|one=day|other=days} forward: rotations and deletions that fell due happened.',
      service:
        '{service} `{action}` called KMS {calls} {calls|one=time|other=times} on the principal’s behalf, with its own encryption context.',
      serviceBucketKeyReused:
        '{service} `{action}` used the bucket key it already holds (S3 Bucket Keys): no call to KMS, so no CloudTrail record either.',
      serviceNoKms: '{service} `{action}` made no call to KMS.',
      serviceBucketKeys:
        '{service} `{action}` called KMS {calls} {calls|one=time|other=times} for {objects} {objects|one=object|other=objects}: S3 Bucket Keys derive each object’s key from one bucket-level key.',
      serviceFailed: '{service} `{action}` failed with `{code}`.',
      serviceFailedKms: '{service} `{action}` failed with `{code}`: KMS answered `{errorName}`.',
      policy: 'An IAM policy changed: the calls that follow are judged by it.',
      wrap: 'Your application made 32 bytes of key material and encrypted them with the wrapping public key KMS handed out: only KMS’s private half can open them.',
      note: 'A note in the scenario: nothing moved.',
      failed: 'This step failed: `{errorName}`.',
    },
    drawer: {
      title: '{name}',
      close: 'Close (Esc)',
      bytes: 'Bytes of the {name}',
      pairs: 'Pairs of the encryption context',
      record: 'The CloudTrail record, as JSON',
      blobCaption: 'What each byte of the CiphertextBlob is for',
      messageCaption: 'What each byte of the envelope is for',
    },
    save: {
      label: 'Save picture',
      svg: 'SVG',
      png: 'PNG',
      svgName: 'Save this step’s picture as SVG (for slides)',
      pngName: 'Save this step’s picture as PNG (for slides)',
      title: 'Step {step} of {total}: {caption}',
      failed: 'The picture could not be saved: {message}',
    },
  },
  {
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
  },
);
