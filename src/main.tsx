// Global styles first (theme variables, base elements and shared primitives), so every CSS Module comes after them.
import './styles/theme.css';
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './offline/updates';
import { generateKeysInWorker } from './state/keyGeneration';
import { applyPreferences, preferencesStore } from './state/preferences';
import { Shell } from './ui/shell/Shell';

// Before the first replay: RSA keys are searched for in a Web Worker, so a scenario with RSA_4096 never freezes.
generateKeysInWorker();

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

// After the first render: installing the offline copy must not delay the first screen.
void registerServiceWorker();
