import { defineMessages } from './define';

/**
 * The scenario player: controls, the one-line caption of what just happened (keyed by the caption codes the
 * step catalogue declares, src/scenario/steps), link problems and the "a link arrived while you have work"
 * question. Text in `backticks` is an API name or identifier.
 */
export const player = defineMessages(
  {
    label: 'Scenario player',
    first: 'First step (Home)',
    prev: 'Previous step (←)',
    play: 'Play (Space)',
    pause: 'Pause (Space)',
    next: 'Next step (→)',
    last: 'Last step (End)',
    speed: 'Speed',
    options: 'Speed and sharing',
    scrubber: 'Step',
    chapters: 'Chapters',
    positionInChapter: '{position}, chapter “{chapter}”',
    position: 'Step {step} of {total}',
    loading: 'Replaying…',
    failedMarker: 'failed',
    replayError: 'Replaying this scenario hit a bug: {message}',
    share: 'Copy link',
    copied: 'Link copied: {length} {length|one=character|other=characters}.',
    copyFailed:
      'The browser did not allow copying. The link is in the address bar ({length} {length|one=character|other=characters}).',
    shareOpen: 'Share',
    shareDialog: {
      title: 'Share this step',
      body: 'The link holds the whole scenario and this step: whoever opens it sees the same keys, bytes and step.',
      linkLabel: 'Link to step {step} of {total}',
      qrLabel: 'QR code of the link to step {step} of {total}',
      qrHint:
        'Scan with a phone camera to open this step ({length} {length|one=character|other=characters}, QR version {version}).',
      qrTooLong:
        'This link is too long for a QR code ({length} {length|one=character|other=characters}). Share it with “Save as file” instead.',
      enlarge: 'Show the QR code large',
      shrink: 'Show the QR code small',
      close: 'Close',
    },
    exportFile: 'Save as file',
    importFile: 'Open a scenario file',
    linkLength: 'The share link is {length} {length|one=character|other=characters} long.',
    linkTooLong:
      'The share link is {length} {length|one=character|other=characters} long: chat and mail tools often cut links over {limit} {limit|one=character|other=characters}. To share this scenario, use “Save as file”.',
    cliEquivalent: 'This step as an AWS CLI command',
    cliShort: 'AWS CLI',
    captionMore: 'Whole caption',
    captionLess: 'Shorter caption',
    dismiss: 'Dismiss',
    downloadSaved: 'Download the saved work',
    saved: {
      'newer-version':
        'Your saved work was made by a newer version of KMS Lab. It is kept as it is, and this tab will not save over it: use “Save as file” to keep what you do here.',
      malformed:
        'Your saved work could not be read (it is damaged), so KMS Lab started afresh. The old save is kept aside: you can download it.',
      invalid:
        'Your saved work could not be used ({detail}), so KMS Lab started afresh. The old save is kept aside: you can download it.',
      'too-large':
        'Your saved work is too large to open safely, so KMS Lab started afresh. The old save is kept aside: you can download it.',
      'unsupported-format':
        'The saved data is not a KMS Lab scenario, so KMS Lab started afresh. It is kept aside: you can download it.',
    },
    storage: {
      'quota-exceeded':
        'This browser’s storage is full: your work is no longer saved automatically. Use “Save as file” to keep it.',
      'storage-unavailable':
        'This browser does not let KMS Lab save your work automatically. Use “Save as file” to keep it.',
    },
    stepBy: 'Called as {principal}',
    placement: {
      label: 'Acting on an earlier step adds after it; the steps that followed',
      keep: 'stay after the new ones',
      drop: 'are dropped',
    },
    range: { one: 'step {from}', many: 'steps {from}–{to}' },
    undo: 'Undo',
    undone: 'Undone: the scenario is back as it was.',
    inserted: {
      keep: 'Added {added} after step {step}. The steps that followed ({range}) stay after the added ones and replay with them.',
      drop: 'Added {added} after step {step}. The steps that followed were dropped ({range}).',
      checking: 'Replaying the steps that followed…',
      allOk: 'None of them fails.',
      nowFail: 'Now failing: {list}. Step back and forth to see why.',
      keepInstead: 'Keep them instead',
      dropInstead: 'Drop them instead',
    },
    started: {
      template:
        'Started a new scenario: “{name}”. Your previous scenario ({steps} {steps|one=step|other=steps}) can be restored with Undo until you change this one.',
      empty:
        'Started an empty scenario. Your previous scenario ({steps} {steps|one=step|other=steps}) can be restored with Undo until you change this one.',
      save: 'Save the previous one as a file',
    },
    newScenario: {
      button: 'New scenario…',
      title: 'Start a new scenario',
      body: 'Start from a built-in scenario or from an empty account. Your current scenario ({steps} {steps|one=step|other=steps}) is not lost at once: Undo brings it back, and you can save it as a file.',
      empty: 'Empty: no keys, no steps',
      cancel: 'Cancel',
    },
    template: {
      'envelope-basics': 'Envelope encryption, step by step',
      'why-envelope': 'Why envelope encryption (encrypting 5 KB directly fails)',
      rotation: 'Rotation keeps the old backing keys',
    },
    file: {
      'newer-version': 'This file was made by a newer version of KMS Lab. Your own work is unchanged.',
      malformed: 'This file is not valid JSON. Your own work is unchanged.',
      invalid: 'This file contains a scenario KMS Lab cannot use ({detail}). Your own work is unchanged.',
      'too-large': 'This file is too large to open safely. Your own work is unchanged.',
      'unsupported-format': 'This is not a KMS Lab scenario file. Your own work is unchanged.',
    },
    caption: {
      start:
        'Before the first step: account {account} in {region} has no KMS keys yet. The scenario’s {steps} {steps|one=step|other=steps} start from here: press Play (Space) or → to watch them.',
      startEmpty:
        'An empty scenario: account {account} in {region} has no KMS keys and no steps yet. What you do in any section (create a key, encrypt, …) becomes its steps.',
      note: '{text}',
      clockAdvance: 'The simulated clock moved forward {days} {days|one=day|other=days}.',
      iamPolicy: 'IAM policy `{policyName}` attached to `{principal}`.',
      kmsOk: '`{op}` succeeded.',
      kmsFailed: '`{op}` failed: `{errorName}` {message}',
      CreateKey: '`CreateKey` made a new KMS key, `{keyId}`, with fresh 256-bit key material.',
      CreateAlias: '`CreateAlias` pointed `{alias}` at the key.',
      GenerateDataKey:
        '`GenerateDataKey` returned a {bytes}-byte plaintext data key and the same key encrypted under `{keyId}`.',
      Encrypt:
        '`Encrypt` sealed {bytes} {bytes|one=byte|other=bytes} under `{keyId}` into a {blobBytes}-byte ciphertext blob.',
      Decrypt:
        '`Decrypt` found the key from the ciphertext blob itself and returned {bytes} {bytes|one=byte|other=bytes} of plaintext.',
      EnableKeyRotation:
        'Automatic rotation is on: a new backing key every {days} {days|one=day|other=days}; old ones are kept.',
      RotateKeyOnDemand:
        '`RotateKeyOnDemand` started a rotation now: new encryptions will use new key material.',
      ListKeyRotations: 'The key has been rotated {count} {count|one=time|other=times} so far.',
      DisableKey: 'The key is disabled: it cannot be used until it is enabled again.',
      EnableKey: 'The key is enabled again.',
      ScheduleKeyDeletion:
        'The key will be deleted on {date}. Until then it cannot be used, and deletion can be cancelled.',
      CancelKeyDeletion: 'Deletion cancelled. The key is now disabled: enable it to use it again.',
      envelopeEncryptText:
        'The client encrypted {length} {length|one=character|other=characters} with the plaintext data key (AES-256-GCM, {frames} {frames|one=frame|other=frames}).',
      envelopeEncryptFile:
        'The client encrypted the file `{name}` ({size} {size|one=byte|other=bytes}) with the plaintext data key.',
      envelopeDiscard: 'The plaintext data key was overwritten with zeros: only the encrypted copy remains.',
      wrapKeyMaterial:
        'The client made 32 bytes of key material and encrypted them with the wrapping public key of step `{parameters}` (`{algorithm}`).',
      envelopeStore:
        'The envelope (encrypted data key + encrypted data, {bytes} {bytes|one=byte|other=bytes}) was stored at `{object}`.',
      envelopeDecrypt:
        'KMS decrypted the data key, and the data key decrypted `{object}`: {length} {length|one=byte|other=bytes} are back.',
      envelopeDecryptKmsFailed: 'Decrypting `{object}` stopped at KMS: `{errorName}` {message}',
      envelopeDecryptFailed: 'Decrypting `{object}` stopped at {stage}: {reason}',
      tamperFlip: 'An attacker flipped bit {bit} of the {part} in `{object}`.',
      tamperContext: 'An attacker rewrote the encryption context stored in `{object}`.',
      iamPolicyFailed: 'IAM refused policy `{policyName}`: `{errorName}` {message}',
      envelopeEncryptFailed: 'The client could not encrypt: {reason}',
      tamperFailed: 'The tampering could not be applied to `{object}`: {reason}',
      RefUnresolved: 'This step needs `{ref}`, but that step did not produce it.',
      DataKeyUnavailable: 'Step {dataKey} did not give the client a plaintext data key to use.',
      DataKeyDiscarded:
        'The plaintext data key from step {dataKey} was already discarded (all zeros): it cannot be used again.',
      EnvelopeUnavailable: 'Step {envelope} did not produce an envelope to store.',
      NoSuchObject: 'Nothing is stored at `{object}`.',
      FileNotInScenario:
        'The file `{name}` ({size} {size|one=byte|other=bytes}) is not in the scenario: files never go into links. Choose the same file again to replay this step.',
      TamperOutOfRange: 'The {part} has {bits} {bits|one=bit|other=bits}, so bit {bit} cannot be flipped.',
    },
    stage: {
      input: 'input',
      header: 'header parsing',
      'data-key': 'KMS Decrypt of the data key',
      commitment: 'key commitment check',
      'header-auth': 'header authentication',
      body: 'data decryption',
      footer: 'signature verification',
    },
    part: {
      edk: 'encrypted data key',
      iv: 'IV of frame {frame}',
      tag: 'authentication tag of frame {frame}',
      data: 'encrypted data of frame {frame}',
      header: 'header',
      message: 'message',
    },
    envelopeError: {
      truncated: 'the envelope is cut short.',
      'trailing-bytes': 'extra bytes follow the last frame.',
      'bad-version':
        'the message format version is neither 1.0 nor 2.0: this is not an AWS Encryption SDK message.',
      'unknown-suite':
        'the algorithm suite is not one of the AWS Encryption SDK’s (or not one this lab writes).',
      malformed: 'a field of the envelope has an impossible value.',
      'invalid-input': 'the input is not usable (wrong key size or frame length).',
      'reserved-encryption-context-key': 'the encryption context uses the reserved prefix `aws-crypto-`.',
      'frame-length-exceeds-limit': 'the frame length is larger than this reader accepts.',
      'data-key-unavailable': 'no encrypted data key could be decrypted.',
      'commitment-mismatch': 'the data key does not match the key commitment in the header.',
      'header-auth-failed': 'the header authentication tag does not verify: the header was changed.',
      'encryption-context-mismatch': 'the encryption context is not the expected one.',
      'frame-auth-failed':
        'the authentication tag of frame {frame} does not verify: nothing of it is released.',
      'frame-out-of-order': 'frame {frame} is out of order.',
      'signature-invalid':
        'the ECDSA signature in the footer does not verify: the message was changed after it was signed.',
      'discarded-data-key': 'the plaintext data key was already discarded.',
      aborted: 'it was cancelled.',
    },
    link: {
      'newer-version': 'This link was made by a newer version of KMS Lab. Your own work is unchanged.',
      malformed: 'This link is damaged (perhaps cut off when it was copied). Your own work is unchanged.',
      invalid: 'This link contains a scenario KMS Lab cannot use ({detail}). Your own work is unchanged.',
      'too-large': 'This link is too large to open safely. Your own work is unchanged.',
      'unsupported-format': 'This is not a KMS Lab scenario. Your own work is unchanged.',
    },
    opening: {
      title: 'Open the shared scenario?',
      body: 'You have your own scenario here ({steps} {steps|one=step|other=steps}). Opening the link replaces it in this browser.',
      'open-link': 'Open the link',
      'keep-mine': 'Keep my work',
      'save-mine-first': 'Save mine as a file first',
      file: {
        title: 'Open the scenario file?',
        body: 'You have your own scenario here ({steps} {steps|one=step|other=steps}). Opening the file replaces it in this browser.',
        'open-link': 'Open the file',
      },
    },
  },
  {
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
      CreateKey:
        '`CreateKey` で新しい KMS キー `{keyId}` を作成し、256 ビットのキーマテリアルを生成しました。',
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
      'reserved-encryption-context-key':
        '暗号化コンテキストが予約済みの接頭辞 `aws-crypto-` を使っています。',
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
      'newer-version':
        'このリンクは新しいバージョンの KMS Lab で作られています。あなたの作業はそのままです。',
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
  },
);
