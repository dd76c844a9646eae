/**
 * The rotation timeline alone, fed by the real engine, for bench/timeline.bench.mjs: 50 customer managed keys with
 * automatic rotation (periods of 90 to 400 days, some rotated on demand too), 10 years of simulated time and
 * 10,000 Encrypt calls spread over them. Ciphertext facts come from each Encrypt's `backing-key-selected` trace
 * step, as in the app; only the scenario layer is skipped (a scenario holds at most 5,000 steps).
 */
import { Profiler, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { lazyFeatures, loadCatalogues } from '../src/i18n/index';
import { createKmsSimulator, listKeyViews } from '../src/kms/index';
import type { CiphertextFact, ScenarioHistory } from '../src/ui/rotation/history';
import { Timeline } from '../src/ui/rotation/Timeline';
import '../src/styles/theme.css';
import '../src/styles/shell.css';
import '../src/ui/keys/panel.css';
import '../src/ui/rotation/rotation.css';

const KEYS = 50;
const CIPHERTEXTS = 10_000;
const YEARS = 10;
const DAY_MS = 86_400_000;

declare global {
  interface Window {
    timelineBench: {
      ready: boolean;
      buildMs: number;
      layoutMs: number[];
      renderMs: number[];
      ciphertexts: number;
      keys: number;
    };
  }
}

window.timelineBench = { ready: false, buildMs: 0, layoutMs: [], renderMs: [], ciphertexts: 0, keys: 0 };

async function build(): Promise<{ history: ScenarioHistory; startMs: number }> {
  const sim = createKmsSimulator({ seed: 'timeline-bench' });
  const startMs = sim.clock.now().getTime();
  const keyIds: string[] = [];
  for (let i = 0; i < KEYS; i++) {
    const created = await sim.invoke('CreateKey', { Description: `bench key ${i}` });
    if (!created.ok) throw created.error;
    const keyId = created.response.KeyMetadata.KeyId;
    keyIds.push(keyId);
    await sim.invoke('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 + ((i * 37) % 311) });
  }
  const step = (YEARS * 365 * DAY_MS) / CIPHERTEXTS;
  const ciphertexts: CiphertextFact[] = [];
  const plaintext = new TextEncoder().encode('benchmark');
  for (let i = 0; i < CIPHERTEXTS; i++) {
    await sim.clock.advance(step);
    const keyId = keyIds[i % KEYS] as string;
    if (i % 997 === 0) await sim.invoke('RotateKeyOnDemand', { KeyId: keyId });
    const made = await sim.invoke('Encrypt', { KeyId: keyId, Plaintext: plaintext });
    const selected = made.trace.find((t) => t.code === 'backing-key-selected');
    if (!made.ok || selected?.code !== 'backing-key-selected') continue;
    ciphertexts.push({
      stepId: `s${i}`,
      stepIndex: i,
      timeMs: sim.clock.now().getTime(),
      op: 'Encrypt',
      region: 'us-east-1',
      blobRef: `s${i}/CiphertextBlob`,
      keyArn: selected.keyArn,
      keyMaterialId: selected.keyMaterialId,
      versionIndex: selected.versionIndex,
    });
  }
  const keys = new Map(
    listKeyViews(sim.world).map((view) => [view.metadata.Arn, { arn: view.metadata.Arn, view }]),
  );
  return {
    startMs,
    history: {
      upTo: CIPHERTEXTS,
      nowMs: sim.clock.now().getTime(),
      ciphertexts,
      decrypts: [],
      transitions: [],
      keys,
    },
  };
}

const started = performance.now();
// The timeline's messages live in the lazily loaded catalogues, as in the app (src/i18n/index.ts).
Promise.all([build(), loadCatalogues(lazyFeatures)]).then(([{ history, startMs }]) => {
  window.timelineBench.buildMs = performance.now() - started;
  window.timelineBench.ciphertexts = history.ciphertexts.length;
  window.timelineBench.keys = history.keys.size;
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <main className="klab" style={{ padding: '1rem' }}>
        {/* React's own time per commit (render + reconcile), apart from style, layout and paint. */}
        <Profiler
          id="timeline"
          onRender={(_id, _phase, actualMs) => window.timelineBench.renderMs.push(actualMs)}
        >
          <Timeline
            history={history}
            startMs={startMs}
            lanes={[...history.keys.values()]}
            onAdvance={() => undefined}
            onLayout={(ms) => window.timelineBench.layoutMs.push(ms)}
          />
        </Profiler>
      </main>
    </StrictMode>,
  );
  requestAnimationFrame(() => {
    window.timelineBench.ready = true;
  });
});
