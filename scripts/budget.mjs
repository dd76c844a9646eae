#!/usr/bin/env node
/**
 * Bundle budget: the JavaScript the first screen loads must stay within 200 KB gzip (1 KB = 1000 bytes).
 * The first screen loads the entry script, its modulepreloaded imports (both from dist/index.html and
 * Vite's manifest), and the chunk of the first section in src/ui/sections.ts, which renders on first paint, with
 * its message catalogues in one language (each language is its own chunk; the heavier language counts).
 * Prints every chunk, marks those counted, and exits non-zero over budget. Run after `vite build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const limit = 200_000;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** A chunk and everything it imports statically (what the browser fetches before running it). */
function withStaticImports(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) withStaticImports(imported, into);
  return into;
}

const firstScreen = withStaticImports('index.html');
// Whatever index.html itself loads, in case it names more than the manifest's static graph.
for (const [, src] of html.matchAll(
  /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
)) {
  firstScreen.add(src.replace(/^.*?assets\//, 'assets/'));
}

// The first section renders on first paint (an empty or unknown #view shows it), so its chunk counts too.
const sectionsSource = readFileSync('src/ui/sections.ts', 'utf8');
const firstSection = /import\('\.\/([^']+)'\)/.exec(sectionsSource)?.[1];
if (!firstSection) throw new Error('budget: no lazy section import found in src/ui/sections.ts');
const sectionKey = Object.keys(manifest).find(
  (key) => key.replace(/\.tsx?$/, '') === `src/ui/${firstSection}`,
);
if (!sectionKey) throw new Error(`budget: src/ui/${firstSection} is not a chunk in the manifest`);
withStaticImports(sectionKey, firstScreen);
// Its message catalogues (src/i18n/lazy.ts) load beside it, in the page's language alone (English in
// src/i18n/<feature>.ts, Japanese in <feature>.ja.ts): the heavier language's count as well.
const firstCatalogues = /catalogues: \[([^\]]*)\]/.exec(
  sectionsSource.slice(sectionsSource.indexOf(firstSection)),
);
const byLanguage = { en: new Set(), ja: new Set() };
for (const [, feature] of (firstCatalogues?.[1] ?? '').matchAll(/'([a-z]+)'/g)) {
  for (const [lang, files] of Object.entries(byLanguage)) {
    const key = `src/i18n/${feature}${lang === 'en' ? '' : `.${lang}`}.ts`;
    if (!(key in manifest)) throw new Error(`budget: ${key} is not a chunk of its own in the manifest`);
    for (const file of withStaticImports(key)) if (!firstScreen.has(file)) files.add(file);
  }
}

const gzipOf = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const [heavier] = Object.entries(byLanguage)
  .map(([lang, files]) => ({ lang, gzip: [...files].reduce((sum, file) => sum + gzipOf(file), 0) }))
  .sort((a, b) => b.gzip - a.gzip);
for (const file of byLanguage[heavier.lang]) firstScreen.add(file);

const chunks = [...new Set(Object.values(manifest).map((c) => c.file))]
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      counted: firstScreen.has(file),
    };
  })
  .sort((a, b) => Number(b.counted) - Number(a.counted) || b.gzip - a.gzip);

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log('JavaScript chunks (* = loaded for the first screen)');
console.log(`  ${'chunk'.padEnd(52)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const c of chunks) {
  console.log(
    `${c.counted ? '*' : ' '} ${c.file.padEnd(52)} ${kb(c.raw).padStart(10)} ${kb(c.gzip).padStart(10)}`,
  );
}
const total = chunks.filter((c) => c.counted).reduce((sum, c) => sum + c.gzip, 0);
console.log(
  `First screen JavaScript: ${kb(total)} gzip (budget ${kb(limit)}), with its catalogues in ${heavier.lang}`,
);
if (total > limit) {
  console.error(`budget: over by ${kb(total - limit)}: lazy-load more, or trim dependencies.`);
  process.exit(1);
}
