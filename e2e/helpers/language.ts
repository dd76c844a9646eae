import type { Page } from '@playwright/test';

/**
 * Latin-letter words a Japanese page may show: the product's name and the AWS, standards, protocol and
 * cryptography names that Japanese technical writing keeps as they are (as AWS's own Japanese documentation
 * does). Anything else in Latin letters on a Japanese page is an untranslated string. (Identifiers are shown as
 * <code> and key names as <kbd>, which are not prose, so not checked.)
 */
export const latinWordsAllowedInJapanese = new Set([
  // The product and AWS
  'KMS',
  'Lab',
  'AWS',
  'CloudTrail',
  'IAM',
  'API',
  'ARN',
  'ID',
  'CLI',
  'SDK',
  'S3',
  'EBS',
  'RDS',
  'EFS',
  'Lambda',
  'Amazon',
  'SSE-KMS',
  'SSE-S3',
  // Standards, protocols, formats and cryptography
  'HSM',
  'FIPS',
  'CMVP',
  'OSCCA',
  'TLS',
  'JSON',
  'SVG',
  'PNG',
  'PDF',
  'AES',
  'AES-256',
  'AES-256-GCM',
  'RSA',
  'ECC',
  'SHA-1',
  'SHA-256',
  'GCM',
  'AES-GCM',
  'NIST',
  'ECDSA',
  'ECDH',
  'OAEP',
  'PSS',
  'PKCS',
  'ML-DSA',
  'ML-KEM',
  'secp256k1',
  'DER',
  'JWT',
  // Blockchains that use secp256k1 keys (the key types notes)
  'Bitcoin',
  'Ethereum',
  'HMAC',
  'IV',
  'BLOB',
  'WebCrypto',
  'http',
  'KB',
  'DB',
]);

/**
 * AWS names made of ordinary English words, kept in Latin letters in Japanese AWS documentation. They are
 * allowed only as the whole name: "Parameter Store" passes, a stray "Store" does not.
 */
export const awsNamesAllowedInJapanese = [
  'AWS Encryption SDK',
  'Systems Manager Parameter Store',
  'Parameter Store',
  'Secrets Manager',
  'S3 Bucket Keys',
] as const;

/**
 * Whole texts that are the same on the Japanese and the English page: proper names that are not translated
 * (the product, AWS services and tools). Any other text that does not change with the language is a string
 * someone forgot to translate.
 */
export { sameInEveryLanguage } from '../../src/i18n/shell';

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
 * `within` narrows it to one part of the page (a CSS selector), e.g. '[data-testid="player"]'.
 */
export async function visibleProse(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const pageLang = document.documentElement.lang;
    const texts: string[] = [];
    const root = document.querySelector(selector);
    if (!root) throw new Error(`visibleProse: nothing matches ${selector}`);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      if (parent.closest('code, kbd, samp, script, style, noscript')) continue;
      const marked = parent.closest('[lang]');
      if (marked && marked !== document.documentElement && marked.getAttribute('lang') !== pageLang) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      texts.push(text);
    }
    return texts;
  }, within);
}

/** The text with the allowed multi-word AWS names (longest first) blanked out. */
function withoutAwsNames(text: string): string {
  return awsNamesAllowedInJapanese.reduce((rest, name) => rest.split(name).join(' '), text);
}

/** Latin-letter words in Japanese prose that are not on the allow-list, with the text they came from. */
export function untranslatedInJapanese(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    (withoutAwsNames(text).match(latinWord) ?? [])
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
