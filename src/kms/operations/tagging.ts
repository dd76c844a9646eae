/**
 * Tags on customer managed keys: TagResource, UntagResource, ListResourceTags (API_TagResource; reference §1:
 * not on AWS managed keys). Tag keys beginning `aws:` are reserved for AWS; at most 50 tags per key
 * (AWS General Reference, "Tagging AWS resources").
 */
import { KmsError } from '../errors';
import { defineOperation } from '../operation';
import { list, string, structure } from '../shapes';
import type { Tag } from '../world';
import { KeyIdType, LimitType, MarkerType, page, TagList } from './common';

export const MAX_TAGS_PER_KEY = 50;

/** Applies `tags` over `existing` (same key ⇒ new value), enforcing the reserved prefix and the quota. */
export function mergeTags(existing: readonly Tag[], tags: readonly Tag[]): Tag[] {
  const merged = existing.map((t) => ({ ...t }));
  for (const tag of tags) {
    if (tag.TagKey.startsWith('aws:'))
      throw new KmsError('TagException', 'Tags beginning with aws: are reserved for AWS use.');
    const same = merged.find((t) => t.TagKey === tag.TagKey);
    if (same) same.TagValue = tag.TagValue;
    else merged.push({ TagKey: tag.TagKey, TagValue: tag.TagValue });
  }
  if (merged.length > MAX_TAGS_PER_KEY)
    throw new KmsError('TagException', `A KMS key can have at most ${MAX_TAGS_PER_KEY} tags.`);
  return merged;
}

export const TagResource = defineOperation({
  name: 'TagResource',
  input: structure({ KeyId: KeyIdType, Tags: TagList }, ['KeyId', 'Tags']),
  iamAction: 'kms:TagResource',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'not-pending-deletion',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, {
      conditions: { 'aws:TagKeys': req.Tags.map((t) => t.TagKey) },
    });
    key.tags = mergeTags(key.tags, req.Tags);
    return {};
  },
});

export const UntagResource = defineOperation({
  name: 'UntagResource',
  input: structure({ KeyId: KeyIdType, TagKeys: list(string({ min: 1, max: 128 })) }, ['KeyId', 'TagKeys']),
  iamAction: 'kms:UntagResource',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'not-pending-deletion',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, { conditions: { 'aws:TagKeys': req.TagKeys } });
    key.tags = key.tags.filter((t) => !req.TagKeys.includes(t.TagKey));
    return {};
  },
});

export const ListResourceTags = defineOperation({
  name: 'ListResourceTags',
  input: structure({ KeyId: KeyIdType, Limit: LimitType, Marker: MarkerType }, ['KeyId']),
  iamAction: 'kms:ListResourceTags',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    const { items, ...rest } = page(key.tags, req.Limit, req.Marker);
    return { Tags: items.map((t) => ({ ...t })), ...rest };
  },
});
