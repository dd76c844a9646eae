import { describe, expect, it } from 'vitest';
import { utf8Encode } from '../crypto/index';
import { readScenarioLink, scenarioLinkParams } from './codec';
import { createReplayer } from './replay';
import { TEMPLATE_IDS, templateScenario, untouchedTemplate } from './templates';

/** The text the envelope example encrypts, as its decrypt step gives it back. */
async function decryptedText(lang: 'en' | 'ja'): Promise<string | undefined> {
  const view = await createReplayer(templateScenario('envelope-basics', lang)).goTo(6);
  return view.result?.kind === 'envelope.decrypt' && view.result.ok ? view.result.detail.text : undefined;
}

describe('built-in scenarios in the learner’s language (issue #13, item 11)', () => {
  it('encrypt an English sentence for a learner reading English, the notes’ Japanese for one reading Japanese', async () => {
    const en = await decryptedText('en');
    const ja = await decryptedText('ja');
    expect(en).toMatch(/^Envelope encryption: large data is encrypted with a data key/);
    expect(ja).toBe('エンベロープ暗号化: 大きなデータはデータキーで暗号化する。');
    // The same size in both, so the example's byte counts read the same.
    expect(utf8Encode(en ?? '').length).toBe(utf8Encode(ja ?? '').length);
  });

  it('pass the 4,096-byte Encrypt limit in either language', () => {
    for (const lang of ['en', 'ja'] as const) {
      const steps = templateScenario('why-envelope', lang).steps;
      const big = steps.find((s) => s.kind === 'envelope.encrypt');
      expect(utf8Encode(big?.kind === 'envelope.encrypt' ? (big.text ?? '') : '').length).toBeGreaterThan(
        4096,
      );
    }
  });

  it('replay a link to an English example with the same bytes, whatever language opens it', async () => {
    const made = templateScenario('envelope-basics', 'en');
    const link = await scenarioLinkParams(made, 6);
    const read = await readScenarioLink(new URLSearchParams({ ...link }));
    // The link carries the text itself: nothing in it depends on the language of the page that opens it.
    expect(read.kind === 'scenario' && read.result.ok && read.result.scenario).toEqual(made);
    const a = await createReplayer(made).goTo(6);
    const b = await createReplayer(made).goTo(6);
    expect(a.trail).toEqual(b.trail);
  });

  it('count an untouched example in either language as nothing of the learner’s own', () => {
    for (const id of TEMPLATE_IDS) {
      expect(untouchedTemplate(templateScenario(id, 'en'))).toBe(id);
      expect(untouchedTemplate(templateScenario(id, 'ja'))).toBe(id);
    }
  });
});
