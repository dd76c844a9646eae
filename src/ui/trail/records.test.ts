import { describe, expect, test } from 'vitest';
import { createKmsSimulator } from '../../kms';
import { eventNames, matches, NO_FILTER, shortArn, summarize, toJsonLines, visibleIndexes } from './records';

/** Real records from the engine: a key, an allowed Encrypt through S3 and a refused Decrypt by another user. */
async function records() {
  const sim = createKmsSimulator({ seed: 'records' });
  const key = await sim.invoke('CreateKey', {});
  if (!key.ok) throw key.error;
  const arn = key.response.KeyMetadata.Arn as string;
  await sim.invoke('Encrypt', { KeyId: arn, Plaintext: new Uint8Array([1]) }, { viaService: 's3' });
  await sim.clock.advance(3_600_000);
  await sim.invoke(
    'Decrypt',
    { CiphertextBlob: new Uint8Array(200) },
    { principal: 'arn:aws:iam::111122223333:user/Bob' },
  );
  return { trail: sim.trail(), arn };
}

describe('trail records', () => {
  test('a row shows the event, caller, invokedBy, key and error', async () => {
    const { trail, arn } = await records();
    expect(summarize(trail[1] as never)).toMatchObject({
      eventName: 'Encrypt',
      principal: 'arn:aws:sts::111122223333:assumed-role/Admin/kms-lab',
      invokedBy: 's3.amazonaws.com',
      key: arn,
      errorCode: '',
    });
    expect(summarize(trail[2] as never)).toMatchObject({
      eventName: 'Decrypt',
      errorCode: 'InvalidCiphertextException',
    });
    expect(shortArn('arn:aws:iam::111122223333:user/Bob')).toBe('user/Bob');
  });

  test('filters by event, key, principal or service, outcome and time; newest first', async () => {
    const { trail, arn } = await records();
    const n = trail.length;
    expect(visibleIndexes(trail, n, NO_FILTER)).toEqual([2, 1, 0]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, eventName: 'Encrypt' })).toEqual([1]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, key: arn.split('/')[1] as string })).toEqual([1, 0]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, principal: 's3.amazonaws.com' })).toEqual([1]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, principal: 'user/Bob' })).toEqual([2]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, outcome: 'failed' })).toEqual([2]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, outcome: 'succeeded' })).toEqual([1, 0]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, from: '2026-01-01T00:30' })).toEqual([2]);
    expect(visibleIndexes(trail, n, { ...NO_FILTER, to: '2026-01-01T00:00' })).toEqual([1, 0]);
    expect(visibleIndexes(trail, 2, NO_FILTER)).toEqual([1, 0]);
    expect(matches(trail[0] as never, { ...NO_FILTER, eventName: 'Decrypt' })).toBe(false);
    expect(eventNames(trail, n)).toEqual(['CreateKey', 'Decrypt', 'Encrypt']);
  });

  test('exports JSON Lines oldest first, one parseable record per line', async () => {
    const { trail } = await records();
    const lines = toJsonLines(trail, [2, 0]).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).eventName)).toEqual(['CreateKey', 'Decrypt']);
    expect(toJsonLines(trail, [])).toBe('');
  });
});
