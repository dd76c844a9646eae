/** UpdateKeyDescription (API_UpdateKeyDescription). */
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { DescriptionType, KeyIdType } from './common';

export const UpdateKeyDescription = defineOperation({
  name: 'UpdateKeyDescription',
  input: structure({ KeyId: KeyIdType, Description: DescriptionType }, ['KeyId', 'Description']),
  iamAction: 'kms:UpdateKeyDescription',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'not-pending-deletion',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    key.description = req.Description;
    return {};
  },
});
