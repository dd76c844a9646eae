import type { cast as en } from './cast';
import type { Translation } from './define';

/** The Japanese side of src/i18n/cast.ts: the same keys, each message with the same {parameters}. */
export const cast: Translation<typeof en> = {
  actingAs: '操作する人',
  through: '呼び出し方',
  directly: '直接',
  via: '{service} 経由 (`kms:ViaService`)',
  account: 'アカウント {account}',
  homeAccount: 'キーのアカウント',
  partnerAccount: '別のアカウント',
  kind: { role: 'IAM ロール', user: 'IAM ユーザー' },
  summary: '{name} ({kind}、アカウント {account}) として操作中',
  summaryVia: '{name} ({kind}、アカウント {account}) として {service} 経由で操作中',
  callsAs: 'ここでの呼び出しは {name} ({kind}、アカウント {account}) として行われます。',
  callsAsVia: 'ここでの呼び出しは {name} ({kind}、アカウント {account}) として {service} 経由で行われます。',
  backToAdmin: '{name} に戻す',
  choose: '操作する人を選ぶ (ポリシーとアクセス)',

  members: {
    admin: 'キー管理者。IAM ポリシーで全キーに対する `kms:*` が許可されています。',
    dev: '開発者。IAM ポリシーでキーの利用 (`Encrypt`、`Decrypt`、`GenerateDataKey*`、`DescribeKey`) が許可されています。',
    app: 'アプリケーション。IAM ポリシーで、このアカウント・このリージョンのキーに限り `Encrypt`、`Decrypt`、`GenerateDataKey` が許可されています。',
    auditor:
      'セキュリティ監査担当。IAM ポリシーで許可されているのは読み取り (`Describe*`、`List*`、`Get*`) だけで、キーは使えません。',
    partner:
      '別アカウントのロール。KMS についての IAM ポリシーは、あなたが追加するまで何もありません。キーポリシー側の許可も必要です。',
  },
};
