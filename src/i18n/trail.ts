import { defineMessages } from './define';

/**
 * The CloudTrail panel (reference §9). Text in `backticks` is a CloudTrail field or an AWS name, shown as code.
 */
export const trail = defineMessages(
  {
    title: 'CloudTrail: every use of a key, on the record',
    lead: 'KMS writes a CloudTrail record for every API request — allowed or refused, made by you or by an AWS service on your behalf. These are the records of this scenario up to the step the player shows, newest first.',
    loading: 'Reading the records…',
    empty:
      'No records yet. Every KMS request a step makes — yours, or a service’s on your behalf — appears here.',
    count: '{shown} of {total} {total|one=record|other=records}',
    list: 'CloudTrail records, newest first',
    thisStep: 'this step',
    failed: 'refused',
    via: 'via {service}',
    noKey: 'no key',
    filters: {
      legend: 'Filter the records',
      eventName: 'Event name',
      anyEvent: 'Any event',
      key: 'Key (ID, ARN or alias)',
      principal: 'Principal or service',
      outcome: 'Outcome',
      anyOutcome: 'Allowed and refused',
      succeeded: 'Allowed only',
      failed: 'Refused only',
      from: 'From (`UTC`)',
      to: 'To (`UTC`)',
      clear: 'Clear filters',
      noMatch: 'No record matches these filters. Your filters are kept; clear them to see every record.',
    },
    detail: {
      title: 'Record',
      none: 'Choose a record to see it as CloudTrail stores it.',
      copy: 'Copy the `JSON`',
      copied: 'Copied.',
      copyFailed: 'The browser did not allow copying: select the text instead.',
      step: 'Made by step {step}.',
      close: 'Close the record',
    },
    export: {
      button: 'Export (`JSON Lines`)',
      done: 'Saved {count} {count|one=record|other=records} as {file}.',
    },
    omitted: {
      title: 'What CloudTrail leaves out, and why',
      intro:
        'A record says who used which key, when, from where and with what encryption context — never the secrets themselves:',
      plaintext:
        'No plaintext: the `plaintext` you send to `Encrypt` and the `Plaintext` KMS returns are not logged.',
      dataKeys:
        'No data keys: neither the plaintext data key nor its encrypted copy from `GenerateDataKey` is in the record.',
      ciphertext:
        'No ciphertext: `CiphertextBlob` is dropped from the request; only its key appears, in `resources`.',
      response:
        '`responseElements` is `null` for cryptographic operations (and for reads); management operations such as `EnableKey` show only the key ARN.',
      context:
        'The encryption context is logged in clear in `requestParameters`: that is what makes it useful for audit — and why it must never hold secrets.',
      invokedBy:
        'A call an AWS service makes for you shows the service in `userIdentity.invokedBy`, `sourceIPAddress` and `userAgent`.',
      errors: 'A refused call is logged too, with `errorCode` and `errorMessage`.',
      owned: 'Use of an AWS owned key (S3’s `SSE-S3`, for example) is not in your trail at all.',
    },
    bench: {
      label: 'Benchmark: {count} synthetic records',
    },
  },
  {
    title: 'CloudTrail: キーの使用はすべて記録される',
    lead: 'KMS は、許可されたものも拒否されたものも、あなた自身のものも AWS サービスが代わりに行ったものも、すべての API リクエストを CloudTrail に記録します。ここには、プレーヤーが表示しているステップまでのこのシナリオのレコードを新しい順に示します。',
    loading: 'レコードを読み込んでいます…',
    empty:
      'まだレコードはありません。ステップが行う KMS リクエスト (あなたのものも、サービスが代わりに行うものも) はここに表示されます。',
    count: '{total} 件中 {shown} 件',
    list: 'CloudTrail レコード (新しい順)',
    thisStep: 'このステップ',
    failed: '拒否',
    via: '{service} 経由',
    noKey: 'キーなし',
    filters: {
      legend: 'レコードの絞り込み',
      eventName: 'イベント名',
      anyEvent: 'すべてのイベント',
      key: 'キー (ID、ARN、エイリアス)',
      principal: 'プリンシパルまたはサービス',
      outcome: '結果',
      anyOutcome: '許可と拒否の両方',
      succeeded: '許可のみ',
      failed: '拒否のみ',
      from: '開始 (`UTC`)',
      to: '終了 (`UTC`)',
      clear: '絞り込みを解除',
      noMatch:
        'この条件に合うレコードはありません。条件はそのまま残してあります。すべて見るには解除してください。',
    },
    detail: {
      title: 'レコード',
      none: 'レコードを選ぶと、CloudTrail が保存する形のまま表示します。',
      copy: '`JSON` をコピー',
      copied: 'コピーしました。',
      copyFailed: 'ブラウザーがコピーを許可しませんでした。テキストを選択してコピーしてください。',
      step: 'ステップ {step} によるレコードです。',
      close: 'レコードを閉じる',
    },
    export: {
      button: '`JSON Lines` でエクスポート',
      done: '{count} 件のレコードを {file} に保存しました。',
    },
    omitted: {
      title: 'CloudTrail が記録しないものとその理由',
      intro:
        'レコードには、誰が、いつ、どこから、どの暗号化コンテキストで、どのキーを使ったかが残ります。秘密そのものは決して残りません。',
      plaintext:
        '平文は記録されません。`Encrypt` に渡す `plaintext` も、KMS が返す `Plaintext` も残りません。',
      dataKeys:
        'データキーは記録されません。`GenerateDataKey` が返す平文のデータキーも、暗号化されたコピーも残りません。',
      ciphertext:
        '暗号文は記録されません。`CiphertextBlob` はリクエストから除かれ、使われたキーだけが `resources` に残ります。',
      response:
        '暗号オペレーション (と読み取り) の `responseElements` は `null` です。`EnableKey` などの管理オペレーションではキー ARN だけが残ります。',
      context:
        '暗号化コンテキストは `requestParameters` に平文で記録されます。だからこそ監査に役立ち、だからこそ秘密を入れてはいけません。',
      invokedBy:
        'AWS サービスがあなたの代わりに行った呼び出しでは、`userIdentity.invokedBy`、`sourceIPAddress`、`userAgent` にそのサービスが入ります。',
      errors: '拒否された呼び出しも、`errorCode` と `errorMessage` 付きで記録されます。',
      owned: 'AWS 所有キーの使用 (たとえば S3 の `SSE-S3`) は、あなたの証跡には一切残りません。',
    },
    bench: {
      label: 'ベンチマーク: 合成レコード {count} 件',
    },
  },
);
