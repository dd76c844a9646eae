// Global styles first (theme variables, base elements and shared primitives), so every CSS Module comes after them.
import './styles/theme.css';
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createKeyGenerationClient } from './kms/keyGenerationClient';
import { setRsaKeyGenerator } from './kms/rsaKeyGenerator';
import { registerServiceWorker } from './offline/updates';
import { keyGenerationEvents } from './state/keyGeneration';
import { applyPreferences, preferencesStore } from './state/preferences';
import { whenIdle } from './ui/shell/idle';
import { Shell, startFirstContent } from './ui/shell/Shell';

// Before the first replay: RSA keys are searched for in a Web Worker (started on the first one), so a scenario
// with RSA_4096 never freezes the page; Node and the unit tests keep the engine's main-thread search.
setRsaKeyGenerator(
  createKeyGenerationClient(
    () => new Worker(new URL('./kms/keyGenerationWorker.ts', import.meta.url), { type: 'module' }),
    keyGenerationEvents,
  ),
);

// The first section's chunks and catalogues download while React renders the frame, not after it.
startFirstContent();

const root = document.documentElement;
applyPreferences(root, preferencesStore.getState());
preferencesStore.subscribe((preferences) => applyPreferences(root, preferences));

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
darkScheme.addEventListener('change', (event) =>
  preferencesStore.getState().systemColorSchemeChanged(event.matches),
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Shell />
  </StrictMode>,
);

// Once the page has loaded and gone idle: installing the offline copy downloads every file of the build (sw.js
// precaches them all), which competed with the first section's own chunks when it started at boot (issue #15).
// Safari has no requestIdleCallback; a second after the load event stands in for it there.
window.addEventListener('load', () => whenIdle(() => void registerServiceWorker(), 5000, 1000), {
  once: true,
});
