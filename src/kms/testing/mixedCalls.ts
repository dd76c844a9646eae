/**
 * A deterministic mixed workload (key management, crypto, rotation, clock) used by the property tests (replay,
 * provider identity, snapshot/restore) and the benchmark. Returns every invocation's outcome as comparable data.
 */
import { toHex } from '../../crypto';
import type { Invocation, KmsSimulator } from '../simulator';

const HOUR = 3_600_000;

export type Outcome = { op: string; ok: boolean; digest: string };

function digest(result: Invocation): Outcome {
  const body = result.ok ? result.response : { error: result.error.name, message: result.error.message };
  const text = JSON.stringify(body, (_k, v) => (v instanceof Uint8Array ? toHex(v) : v));
  return { op: result.operation, ok: result.ok, digest: text };
}

/** Runs `count` calls after a setup of three keys; call `from`…`count - 1` only when resuming. */
export async function runMixedCalls(sim: KmsSimulator, count: number, from = 0): Promise<Outcome[]> {
  const out: Outcome[] = [];
  const keys = Object.values(sim.world.keys)
    .filter((k) => k.keyManager === 'CUSTOMER')
    .map((k) => k.arn);
  if (from === 0) {
    for (const input of [{}, { Description: 'rotating' }, { MultiRegion: true }]) {
      const created = await sim.invoke('CreateKey', input);
      if (!created.ok) throw created.error;
      keys.push(created.response.KeyMetadata.Arn);
      out.push(digest(created));
    }
    out.push(digest(await sim.invoke('EnableKeyRotation', { KeyId: keys[1], RotationPeriodInDays: 90 })));
  }
  let lastBlob: Uint8Array | undefined;
  for (let i = from; i < count; i++) {
    const key = keys[i % keys.length];
    const context = { tenant: `t${i % 7}`, purpose: 'bench' };
    let result: Invocation;
    switch (i % 8) {
      case 0:
      case 1: {
        const r = await sim.invoke('Encrypt', {
          KeyId: key,
          Plaintext: new TextEncoder().encode(`message ${i}`),
          EncryptionContext: context,
        });
        if (r.ok) lastBlob = r.response.CiphertextBlob;
        result = r;
        break;
      }
      case 2:
        result = lastBlob
          ? await sim.invoke('Decrypt', {
              CiphertextBlob: lastBlob,
              EncryptionContext: { tenant: `t${(i - 1) % 7}`, purpose: 'bench' },
            })
          : await sim.invoke('DescribeKey', { KeyId: key });
        break;
      case 3:
      case 4:
        result = await sim.invoke('GenerateDataKey', {
          KeyId: key,
          KeySpec: 'AES_256',
          EncryptionContext: context,
        });
        break;
      case 5:
        result = await sim.invoke('GenerateRandom', { NumberOfBytes: 32 });
        break;
      case 6:
        result = await sim.invoke('DescribeKey', { KeyId: key });
        break;
      default:
        result =
          i % 400 === 7
            ? await sim.invoke('RotateKeyOnDemand', { KeyId: keys[0] })
            : await sim.invoke('GetKeyRotationStatus', { KeyId: keys[1] });
        await sim.clock.advance(HOUR);
    }
    out.push(digest(result));
  }
  return out;
}
