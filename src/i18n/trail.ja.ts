import type { Translation } from './define';
import type { trail as en } from './trail';

/** The Japanese side of src/i18n/trail.ts: the same keys, each message with the same {parameters}. */
export const trail: Translation<typeof en> = {
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
    plaintext: '平文は記録されません。`Encrypt` に渡す `plaintext` も、KMS が返す `Plaintext` も残りません。',
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
};
