import type { cost as en } from './cost';
import type { Translation } from './define';

/** The Japanese side of src/i18n/cost.ts: the same keys, each message with the same {parameters}. */
export const cost: Translation<typeof en> = {
  title: 'このシナリオにかかる費用',
  lead: 'シミュレーションの KMS が、表示中のステップまでのシナリオについてリアルタイムに請求額を計算します。キーごとの月額料金、ローテーションの追加料金、無料枠を超えたリクエスト料金です。CloudTrail に記録された KMS リクエストはすべてここで数えられます。どのセクションで呼び出しを行っても、プレーヤーでステップを移動しても、金額が変わります。',
  loading: '請求額を計算しています…',
  idle: '表示中のステップは KMS の呼び出しではありません。下の請求はそのステップまでのすべてのステップの分です。プレーヤーでステップを移動できます。',
  parts: {
    keyFeesUsd: 'キーの月額料金',
    rotationFeesUsd: 'ローテーションの追加料金',
    requestFeesUsd: 'リクエスト料金',
  },
  total: {
    title: '{from} 〜 {to} の請求',
    caption: '請求の合計',
    requests: 'リクエスト {requests} 件: 無料枠内 {free} 件、課金 {billable} 件',
    sum: '合計',
    noTime:
      'シミュレーションの時間がまだ経過していないため、キーの月額料金はまだ発生していません (料金は時間単位で発生します)。ここまでのリクエストは数えられており、月 {free} 件までは無料です。',
    clockLink: 'ローテーションの「タイムトラベル」でシミュレーションの時計を進める',
  },
  kinds: {
    customer: 'カスタマー管理キー',
    awsManaged: 'AWS 管理キー',
    awsOwned: 'AWS 所有キー',
  },
  keys: {
    title: 'キーごと',
    key: 'キー',
    kind: '種類',
    hours: '課金時間',
    requests: 'このキーへのリクエスト',
    empty: 'このステップでは、まだ KMS キーがありません。',
    note: {
      deleted: '削除済み: 削除をスケジュールした時点から課金されていません。',
      pending: '削除待ち: このまま削除されれば、待機中は課金されません。',
      cancelled: '削除をキャンセル済み: スケジュールしなかったものとして課金されます。',
    },
  },
  chart: {
    heading: '費用の推移',
    title: 'KMS の月ごとの費用と累計',
    desc: '{months} か月分。累計 {total}。',
    cumulative: '累計',
    showTable: '月ごとの数値を表示',
    tableCaption: '月ごとの費用',
    month: '月',
  },
  compare: {
    title: '同じ使い方を別の種類のキーでした場合',
    kind: 'キーの種類',
    cost: '費用',
    why: '理由',
    customer:
      'このシナリオの費用です。キー 1 個あたり月 1 ドル (時間単位で日割り)、ローテーションの追加料金、無料枠を超えたリクエストがかかります。',
    awsManaged:
      '月額料金もローテーションの追加料金もかかりませんが、同じリクエストには料金がかかります。直接は呼び出せず、所有するサービスだけが使えます。',
    awsOwned: '0 です。AWS 所有キーは無料で、利用者からは見えません (ポリシーも CloudTrail も管理もなし)。',
  },
  honest: {
    title: 'この金額の確かさ',
    prices:
      'AWS KMS の料金ページに掲載された価格です。カスタマー管理キー 1 個あたり月 1 ドル、全リージョン合計で月 {free} 件の無料リクエストを超えた分は 10,000 件あたり 0.03 ドルです。',
    rotation:
      'ローテーションの追加料金は 2024 年 4 月の改定に従っています (1 回目と 2 回目のローテーションでそれぞれ月 1 ドル追加、それ以降は無料)。この改定の正確な文言は、保存済みの料金ページでは確認できていません。',
    requests:
      '許可されたか拒否されたかにかかわらず、すべてのリクエストを数えています。AWS は無料の操作の一覧を公開していません。非対称キーを使うリクエストと `GenerateDataKeyPair` は無料利用枠の対象外で、10,000 件あたり $0.03（`RSA_2048`）、$0.15（その他の非対称キー）、$0.10（ECC キーペア）、$12.00（RSA キーペア）です。',
    deletion:
      '削除待ちのキーは、そのまま削除されれば課金されません。キャンセルすると、削除をスケジュールしなかったものとして待機期間も課金されます。',
    source: '出典: `https://aws.amazon.com/kms/pricing/` と KMS Lab の動作リファレンス §1。',
  },
};
