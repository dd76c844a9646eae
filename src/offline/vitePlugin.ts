import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SOURCE = 'src/offline/serviceWorker.ts';
const FILE_NAME = 'sw.js';

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/**
 * Builds src/offline/serviceWorker.ts into `sw.js` at the root of the build and gives it the list of what to
 * precache: every file the build emits (Vite's manifest aside) and every file of public/. The worker's
 * `BUILD` is a hash of all of their bytes, so any change to the build is a new worker that the browser
 * installs, and unchanged builds keep the one they have. Production builds only: the dev server serves no
 * service worker, so development never runs stale code.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kms-lab:service-worker',
    apply: 'build',
    // After Vite's own HTML plugin, which emits index.html in its generateBundle.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: join(config.root, SOURCE), fileName: FILE_NAME });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[FILE_NAME];
      if (worker?.type !== 'chunk') throw new Error(`service worker: ${FILE_NAME} was not built`);
      const hash = createHash('sha256');
      const precache: string[] = [];
      for (const [name, output] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (name === FILE_NAME || name.startsWith('.vite/')) continue;
        precache.push(name);
        hash.update(name).update(output.type === 'chunk' ? output.code : output.source);
      }
      const publicDir = config.publicDir;
      for (const name of publicDir ? filesUnder(publicDir).sort() : []) {
        precache.push(name);
        hash.update(name).update(readFileSync(join(publicDir, name)));
      }
      // The worker reads both as globals (declared in serviceWorker.ts); it is a classic script with no imports.
      worker.code = `const PRECACHE=${JSON.stringify(precache)};const BUILD=${JSON.stringify(hash.digest('hex').slice(0, 16))};\n${worker.code}`;
    },
  };
}
