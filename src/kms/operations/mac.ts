/**
 * GenerateMac and VerifyMac (reference §3): HMAC (RFC 2104) with the HMAC key's material; the algorithm must
 * match the key spec (HMAC_256 ↔ HMAC_SHA_256); a wrong MAC → KMSInvalidMacException with an empty message.
 */
import { equalBytes, type HashName } from '../../crypto';
import type { OperationContext } from '../context';
import { incompatibleAlgorithm, invalidKeyUsage, invalidMac } from '../errors';
import { macAlgorithmOf } from '../keySpecs';
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { currentVersion, type KeyRecord } from '../world';
import {
  CiphertextType,
  GrantTokenList,
  KEY_CRYPTO_OPERATION,
  KeyIdType,
  MacAlgorithmSpec,
  NullableBooleanType,
  PlaintextType,
} from './common';

const members = {
  Message: PlaintextType,
  KeyId: KeyIdType,
  MacAlgorithm: MacAlgorithmSpec,
};
const generateInput = structure({ ...members, GrantTokens: GrantTokenList, DryRun: NullableBooleanType }, [
  'Message',
  'KeyId',
  'MacAlgorithm',
]);
const verifyInput = structure(
  { ...members, Mac: CiphertextType, GrantTokens: GrantTokenList, DryRun: NullableBooleanType },
  ['Message', 'KeyId', 'MacAlgorithm', 'Mac'],
);

const HASH_OF: Record<string, HashName> = {
  HMAC_SHA_224: 'SHA-224',
  HMAC_SHA_256: 'SHA-256',
  HMAC_SHA_384: 'SHA-384',
  HMAC_SHA_512: 'SHA-512',
};

async function computeMac(
  ctx: OperationContext,
  operation: string,
  req: { KeyId: string; MacAlgorithm: string; Message: Uint8Array; GrantTokens?: string[]; DryRun?: boolean },
): Promise<{ key: KeyRecord; mac: Uint8Array }> {
  const key = ctx.accessKey(req.KeyId, { grantTokens: req.GrantTokens });
  if (key.keyUsage !== 'GENERATE_VERIFY_MAC') throw invalidKeyUsage(key.arn, key.keyUsage, operation);
  if (macAlgorithmOf(key.keySpec) !== req.MacAlgorithm)
    throw incompatibleAlgorithm(req.MacAlgorithm, key.keySpec);
  ctx.stopIfDryRun(req.DryRun);
  const version = currentVersion(key);
  ctx.trace.push({
    code: 'backing-key-selected',
    keyArn: key.arn,
    keyMaterialId: version.keyMaterialId,
    versionIndex: key.versions.length - 1,
    versionCount: key.versions.length,
    createdMs: version.createdMs,
    current: true,
  });
  const mac = await ctx.provider.hmac(HASH_OF[req.MacAlgorithm], version.material, req.Message);
  ctx.trace.push({ code: 'mac-computed', algorithm: req.MacAlgorithm, mac: mac.slice() });
  return { key, mac };
}

export const GenerateMac = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'GenerateMac',
  input: generateInput,
  iamAction: 'kms:GenerateMac',
  grantOperation: 'GenerateMac',
  async run(ctx, req) {
    const { key, mac } = await computeMac(ctx, 'GenerateMac', req);
    return { Mac: mac, MacAlgorithm: req.MacAlgorithm, KeyId: key.arn };
  },
});

export const VerifyMac = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'VerifyMac',
  input: verifyInput,
  iamAction: 'kms:VerifyMac',
  grantOperation: 'VerifyMac',
  async run(ctx, req) {
    const { key, mac } = await computeMac(ctx, 'VerifyMac', req);
    const valid = equalBytes(mac, req.Mac);
    ctx.trace.push({ code: 'mac-verified', algorithm: req.MacAlgorithm, valid });
    if (!valid) throw invalidMac();
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: req.MacAlgorithm };
  },
});
