import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { serviceWorker } from './src/offline/vitePlugin.ts';
import { firstPictureModules } from './src/ui/stage/vitePlugin.ts';

/**
 * index.html carries the production Content Security Policy. The dev server alone needs three
 * relaxations: React Fast Refresh's preamble is an inline script, CSS arrives as injected <style>
 * elements, and hot reload talks over a WebSocket. `vite build` and `vite preview` keep the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  const relax: Record<string, string> = {
    'script-src': "'unsafe-inline'",
    'style-src': "'unsafe-inline'",
    'connect-src': 'ws: wss:',
  };
  return {
    name: 'kms-lab:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
        (_, start: string, policy: string) => {
          const directives = policy.split(';').map((d) => {
            const name = d.trim().split(/\s+/)[0] ?? '';
            return name in relax ? `${d.trim()} ${relax[name]}` : d.trim();
          });
          return `${start}${directives.join('; ')}"`;
        },
      );
    },
  };
}

/** The modules the first picture of a section that plays a scenario starts from (see scenarioFirstPicture). */
const FIRST_PICTURE_ROOTS = [
  'src/ui/player/ScenarioPlayer.tsx',
  'src/ui/player/useScenarioConnection.ts',
  'src/ui/stage/Stage.tsx',
  'src/ui/stage/useScene.ts',
];
/** The entry: none of what it imports itself goes into the scenario's chunk. */
const ENTRY = 'src/main.tsx';
/**
 * The sections without the player: none of what they load at once goes into it either, so their first screen never
 * loads the scenario's first picture. What they load on a click (the notes' examples open a scenario) may share it:
 * left out, the small modules both use (templates, schema, encoding…) came as a dozen requests of their own before
 * every scenario section's first picture, queued over HTTP/1.1's six connections.
 */
const WITHOUT_PLAYER = ['src/ui/keytypes/KeyTypesSection.tsx', 'src/ui/notes/NotesSection.tsx'];
/**
 * framer-motion stays out of it: its index re-exports everything, so the closure below would take the animation
 * features too, which load on their own after the first picture (src/ui/shell/Animations.tsx). The `motion` group
 * puts what the `m` elements, LazyMotion and the features share in one chunk instead of the five automatic
 * splitting made; what only the features use stays in theirs (a module one chunk alone uses is not captured).
 */
const ANIMATION = /\/node_modules\/(framer-motion|motion-dom|motion-utils)\//;

/**
 * One chunk for what the first picture of a section that plays a scenario needs around the engine: the player,
 * the stage, the scenario store and the parts of sections they draw with. Left to automatic splitting these came
 * as some 25 chunks, most under 2 KB and each its own request: over HTTP/1.1's six connections and a phone's
 * round trips they queued one behind another before the caption could be drawn (issue #15; the envelope section
 * went from 64 requests to 40). Whatever the entry imports, or a section without the player loads at once, stays
 * out of it, and so does everything the player and the stage load on demand (the engine, sharing, the CLI box).
 */
function scenarioFirstPicture(): { plugin: Plugin; group: Rolldown.CodeSplittingGroup } {
  const members = new Set<string>();
  /** `roots` and what they import statically; with `dynamic`, also on demand, except through `beyond`. */
  const closure = (
    ctx: Rolldown.PluginContext,
    roots: readonly string[],
    dynamic = false,
    beyond: ReadonlySet<string> = new Set(),
  ) => {
    const out = new Set<string>();
    const ids = [...ctx.getModuleIds()];
    const stack = roots.map((root) => {
      const id = ids.find((candidate) => candidate.endsWith(root));
      if (!id) throw new Error(`scenarioFirstPicture: no module ${root}`);
      return id;
    });
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (out.has(id)) continue;
      out.add(id);
      const info = ctx.getModuleInfo(id);
      stack.push(...(info?.importedIds ?? []));
      if (dynamic && !beyond.has(id)) stack.push(...(info?.dynamicallyImportedIds ?? []));
    }
    return out;
  };
  return {
    plugin: {
      name: 'kms-lab:scenario-first-picture',
      apply: 'build',
      buildEnd() {
        members.clear();
        // A bundle without the player (a worker's) has nothing to group.
        if (![...this.getModuleIds()].some((id) => id.endsWith(FIRST_PICTURE_ROOTS[0] as string))) return;
        // What the entry loads on demand (every section) is not theirs: only their own parts loaded later.
        const entry = closure(this, [ENTRY]);
        const apart = new Set([...entry, ...closure(this, WITHOUT_PLAYER)]);
        // A module loaded on demand that loads others on demand keeps its own chunk: rolldown 1.2.19 left the
        // stage's namespace (`Stage_exports`) undefined once the stage, grouped, loaded its token drawer so.
        const relay = (id: string) => {
          const info = this.getModuleInfo(id);
          return (info?.dynamicImporters.length ?? 0) > 0 && (info?.dynamicallyImportedIds.length ?? 0) > 0;
        };
        for (const id of closure(this, FIRST_PICTURE_ROOTS))
          if (!apart.has(id) && !relay(id)) members.add(id);
      },
    },
    group: {
      name: 'scenario',
      includeDependenciesRecursively: false,
      test: (id) => members.has(id) && !ANIMATION.test(id),
    },
  };
}
const firstPicture = scenarioFirstPicture();

const large = Boolean(process.env.KMS_LAB_LARGE);

// KMS_LAB_BASE lets the static build live under a subpath (e.g. GitHub Pages: /kms-lab/).
export default defineConfig({
  base: process.env.KMS_LAB_BASE ?? '/',
  plugins: [react(), relaxCspForDevServer(), serviceWorker(), firstPictureModules(), firstPicture.plugin],
  // The manifest tells scripts/budget.mjs which chunks the first screen loads.
  // Every component's stylesheet is a CSS Module (Foo.module.css), so a class cannot leak into another section;
  // camel-cased keys let `.step-card` read as `styles.stepCard`.
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            firstPicture.group,
            { name: 'motion', test: ANIMATION, minShareCount: 2, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // `npm run test:large` (scripts/test-large.mjs) sets KMS_LAB_LARGE=1 and runs only the `*.large.test.ts`
    // files (1 GiB round trips); `npm test` runs everything else.
    include: large ? ['src/**/*.large.test.ts'] : ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: large ? [] : ['src/**/*.large.test.ts'],
    environment: 'node',
    // Vitest's default is one worker fewer than the cores, which is a single worker on CI's 2 cores: the
    // run then took 103 s for 64 s of tests. Two workers use both cores (the main process only reports).
    maxWorkers: 2,
    // Each worker keeps the modules it has imported from one test file to the next instead of importing the
    // engine, the AWS SDK and the ESDK again for each of 112 files: the run used 67 s of CPU against 107 s
    // (fresh module graphs cost 52–64 s of import time). No test relies on a fresh module: the few that stub a
    // global restore it afterwards, and two runs in shuffled order (--sequence.shuffle) passed.
    pool: 'threads',
    isolate: false,
    testTimeout: 20000,
    // The JSON report lets .ci/run print the counts; `default` is for people.
    reporters: ['default', 'json'],
    outputFile: { json: large ? 'test-results/vitest-large.json' : 'test-results/vitest.json' },
  },
});
