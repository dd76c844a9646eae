import { defineMessages } from './define';

/**
 * The cast (src/scenario/cast.ts) and the "acting as" switch. Principal names and ARNs are identifiers and
 * shown as code; account numbers stay as digits.
 */
export const cast = defineMessages({
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
});
