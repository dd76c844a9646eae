/** ListKeys (API_ListKeys): the customer managed and AWS managed keys of the caller's account and Region. */
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { LimitType, MarkerType, page } from './common';

export const ListKeys = defineOperation({
  name: 'ListKeys',
  input: structure({ Limit: LimitType, Marker: MarkerType }),
  iamAction: 'kms:ListKeys',
  readOnly: true,
  resource: 'none',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:ListKeys' });
    const { accountId, region } = ctx.caller;
    const keys = Object.values(ctx.world.keys).filter(
      (k) => k.accountId === accountId && k.region === region,
    );
    const { items, ...rest } = page(keys, req.Limit, req.Marker);
    return { Keys: items.map((k) => ({ KeyId: k.keyId, KeyArn: k.arn })), ...rest };
  },
});
