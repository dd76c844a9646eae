import type { Page } from '@playwright/test';

/**
 * Latin-letter words a Japanese page may show: the product's name and the AWS, standards and protocol
 * names that Japanese technical writing keeps as they are. Anything else in Latin letters on a Japanese
 * page is an untranslated string. (Identifiers are shown as <code> and are not prose, so not checked.)
 */
export const latinWordsAllowedInJapanese = new Set([
  'KMS',
  'Lab',
  'AWS',
  'CloudTrail',
  'IAM',
  'API',
  'ARN',
  'ID',
  'HSM',
  'FIPS',
  'CMVP',
  'OSCCA',
  'TLS',
  'S3',
  'EBS',
  'SSE-KMS',
  'KB',
  'WebCrypto',
  'http',
]);

/**
 * Japanese text an English page may show outside elements marked with their own `lang` (such as the
 * "日本語" choice in the language switch, marked lang="ja"): none.
 */
export const japaneseAllowedInEnglish = new Set<string>();

const japanese = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
const latinWord = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

/**
 * The prose on screen, one string per visible text node: everything a learner reads, except code
 * (identifiers such as `Encrypt` or `alias/aws/s3`) and passages marked as another language (lang="…").
 */
export async function visibleProse(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      if (parent.closest('code, script, style, noscript')) continue;
      const marked = parent.closest('[lang]');
      if (marked && marked !== document.documentElement && marked.getAttribute('lang') !== pageLang) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      texts.push(text);
    }
    return texts;
  });
}

/** Latin-letter words in Japanese prose that are not on the allow-list, with the text they came from. */
export function untranslatedInJapanese(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    (text.match(latinWord) ?? [])
      .filter((word) => !latinWordsAllowedInJapanese.has(word))
      .map((word) => `${word} in “${text}”`),
  );
}

/** Japanese in English prose that is not on the allow-list, with the text it came from. */
export function untranslatedInEnglish(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    (text.match(japanese) ?? [])
      .filter((run) => !japaneseAllowedInEnglish.has(run))
      .map((run) => `${run} in “${text}”`),
  );
}
