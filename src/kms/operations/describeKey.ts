/**
 * DescribeKey (API_DescribeKey; reference §1): metadata of a key named by ID, ARN, alias or alias ARN; a
 * predefined `alias/aws/<service>` creates its AWS managed key on first use.
 */
import { keyMetadata } from '../metadata';
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { GrantTokenList, KeyIdType } from './common';

export const DescribeKey = defineOperation({
  name: 'DescribeKey',
  input: structure({ KeyId: KeyIdType, GrantTokens: GrantTokenList }, ['KeyId']),
  iamAction: 'kms:DescribeKey',
  grantOperation: 'DescribeKey',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-or-alias',
  crossAccount: true,
  keyStates: 'any',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, { grantTokens: req.GrantTokens });
    return { KeyMetadata: keyMetadata(ctx.world, key) };
  },
});
