import type { Plugin } from 'vite';
import { runnerImport } from 'vite';
import { isLang, type Lang } from '../../i18n/define.ts';

const PREFIX = 'virtual:kms-lab/first-picture/';
const RESOLVED = `\0${PREFIX}`;

/**
 * Serves `virtual:kms-lab/first-picture/<lang>`: the first picture (firstPicture.ts) as the build's replay drew
 * it, one module per language exporting its text. It runs drawFirstPicture.ts, TypeScript that imports the
 * engine, through Vite's module runner, so the build uses exactly the engine it bundles. The dev server draws it
 * the same way, on the first request.
 */
export function firstPictureModules(): Plugin {
  const drawn = new Map<Lang, Promise<string>>();
  return {
    name: 'kms-lab:first-picture',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const lang = id.slice(RESOLVED.length);
      if (!isLang(lang)) throw new Error(`first picture: no language ${lang}`);
      let text = drawn.get(lang);
      if (!text) {
        text = runnerImport<typeof import('./drawFirstPicture')>(
          new URL('./drawFirstPicture.ts', import.meta.url).pathname,
        ).then(({ module }) => module.encodedFirstPicture(lang));
        drawn.set(lang, text);
      }
      return `export default ${JSON.stringify(await text)};`;
    },
  };
}
