/**
 * Development only: `?trailBench=<count>` fills the CloudTrail panel with that many records, copied from real
 * engine records (times and IDs varied), so the browser benchmark can measure the list at 100,000 records
 * without replaying 100,000 KMS calls. Only imported under `import.meta.env.DEV`.
 */
import { createKmsSimulator } from '../../kms';
import { createScenario } from '../../scenario/schema';
import type { Timeline, TrailRecord } from './timeline';

export function benchCount(): number | undefined {
  const raw = new URLSearchParams(window.location.search).get('trailBench');
  const count = raw === null ? Number.NaN : Number(raw);
  return Number.isSafeInteger(count) && count > 0 && count <= 1_000_000 ? count : undefined;
}

export async function benchTimeline(count: number): Promise<Timeline> {
  const sim = createKmsSimulator({ seed: 'trail-bench' });
  const key = await sim.invoke('CreateKey', {});
  if (!key.ok) throw key.error;
  const arn = key.response.KeyMetadata.Arn as string;
  await sim.invoke('GenerateDataKey', { KeyId: arn, KeySpec: 'AES_256' }, { viaService: 's3' });
  await sim.invoke('Decrypt', { CiphertextBlob: new Uint8Array(200) });
  const templates = sim.trail().slice(1);
  const start = Date.parse('2026-01-01T00:00:00Z');
  const records: TrailRecord[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] as TrailRecord;
    const time = new Date(start + i * 1000).toISOString().slice(0, 19);
    records.push({ ...template, eventTime: `${time}Z`, eventID: `bench-${i}` });
  }
  return {
    scenario: createScenario('trail-bench'),
    upTo: -1,
    records,
    recordCount: count,
    stepOf: records.map(() => 0),
    services: undefined,
    servicesStep: -1,
  };
}
