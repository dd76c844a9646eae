import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../i18n';
import { flatten, languages, parametersOf } from '../../i18n/define';
import { player as en } from '../../i18n/player';
import { player as ja } from '../../i18n/player.ja';
import { START_CAPTIONS } from '../../scenario/replay';
import { stepKinds } from '../../scenario/steps/index';
import { SCENARIO_FAILURES } from '../../scenario/steps/kind';
import { captionText } from './captions';

/** Both languages of the catalogue, as each page loads one of them. */
const player = { en, ja };

beforeAll(() => loadCatalogues(['player'], languages));

const declaredCodes = [
  ...START_CAPTIONS,
  ...SCENARIO_FAILURES,
  ...Object.values(stepKinds).flatMap((kind) => kind.captions),
];

describe('player captions', () => {
  it('has a sentence for every caption code the step catalogue declares, in both languages', () => {
    for (const lang of languages) {
      const captions = player[lang].caption as Record<string, string>;
      expect(declaredCodes.filter((code) => !Object.hasOwn(captions, code))).toEqual([]);
      expect(Object.keys(captions).filter((code) => !declaredCodes.includes(code))).toEqual([]);
    }
  });

  it('uses the same parameters in ja and en', () => {
    const en = flatten(player.en);
    const ja = flatten(player.ja);
    for (const [key, message] of en)
      expect(parametersOf(ja.get(key) ?? ''), key).toEqual(parametersOf(message));
  });

  it('renders a KMS failure with the AWS exception name', () => {
    expect(
      captionText('en', {
        code: 'kmsFailed',
        params: { op: 'Encrypt', errorName: 'DisabledException', message: 'arn:… is disabled.' },
      }),
    ).toBe('`Encrypt` failed: `DisabledException` arn:… is disabled.');
  });

  it('translates the stage and the envelope error of a failed decrypt', () => {
    const caption = {
      code: 'envelopeDecryptFailed',
      params: { object: 's3://b/k', stage: 'body', code: 'frame-auth-failed', frame: 2 },
    };
    expect(captionText('en', caption)).toBe(
      'Decrypting `s3://b/k` stopped at data decryption: the authentication tag of frame 2 does not verify: nothing of it is released.',
    );
    expect(captionText('ja', caption)).toBe(
      '`s3://b/k` の復号は「データの復号」で止まりました: フレーム 2 の認証タグが一致しません: その内容は一切出力されません。',
    );
  });

  it('names the tampered part', () => {
    expect(
      captionText('ja', {
        code: 'tamperFlip',
        params: { object: 's3://b/k', part: 'tag', bit: 7, frame: 1 },
      }),
    ).toBe('攻撃者が `s3://b/k` のフレーム 1 の認証タグのビット 7 を反転させました。');
  });

  it('shows the code of a caption it does not know', () => {
    expect(captionText('en', { code: 'fromTheFuture', params: {} })).toBe('fromTheFuture');
  });
});
