import { defineMessages } from './define';

/**
 * The cast (src/scenario/cast.ts) and the "acting as" switch. Principal names and ARNs are identifiers and
 * shown as code; account numbers stay as digits.
 */
export const cast = defineMessages(
  {
    actingAs: 'Acting as',
    through: 'Calling',
    directly: 'Directly',
    via: 'Through {service} (`kms:ViaService`)',
    account: 'Account {account}',
    homeAccount: 'key account',
    partnerAccount: 'second account',
    kind: { role: 'IAM role', user: 'IAM user' },
    summary: 'Acting as {name} ({kind}, account {account})',
    summaryVia: 'Acting as {name} ({kind}, account {account}) through {service}',
    callsAs: 'Calls here are made as {name} ({kind}, account {account}).',
    callsAsVia: 'Calls here are made as {name} ({kind}, account {account}) through {service}.',
    backToAdmin: 'Act as {name} again',
    choose: 'Choose who acts (Policies & access)',

    members: {
      admin: 'Key administrator. Its IAM policy allows `kms:*` on every key.',
      dev: 'A developer. Its IAM policy allows using keys: `Encrypt`, `Decrypt`, `GenerateDataKey*`, `DescribeKey`.',
      app: 'An application. Its IAM policy allows `Encrypt`, `Decrypt` and `GenerateDataKey` on this account’s keys in this Region only.',
      auditor:
        'A security auditor. Its IAM policy allows reading (`Describe*`, `List*`, `Get*`), never using keys.',
      partner:
        'A role in another account. Its IAM policy says nothing about KMS until you add it; the key policy must allow it too.',
    },
  },
  {
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
    callsAsVia:
      'ここでの呼び出しは {name} ({kind}、アカウント {account}) として {service} 経由で行われます。',
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
  },
);
