import { describe, expect, it } from 'vitest';
import { flatten, languages } from '../../i18n/define';
import { notes as en } from '../../i18n/notes';
import { notes as ja } from '../../i18n/notes.ja';
import { parseNoteText, plainNoteText } from './noteText';

/** Both languages of the catalogue, as each page loads one of them. */
const notes = { en, ja };

describe('study notes markup', () => {
  it('reads highlights, code and English words kept in the Japanese original', () => {
    expect(parseNoteText('KMS キーへのアクセスの==[[Resource Base Policy]]== / `kms:*`')).toEqual([
      { kind: 'text', text: 'KMS キーへのアクセスの' },
      { kind: 'highlight', pieces: [{ kind: 'english', text: 'Resource Base Policy' }] },
      { kind: 'text', text: ' / ' },
      { kind: 'code', text: 'kms:*' },
    ]);
    expect(plainNoteText('ローテーション後も==古いキーでの復号は可能== (バッキングキー保持)')).toBe(
      'ローテーション後も古いキーでの復号は可能 (バッキングキー保持)',
    );
  });

  it('leaves an unpaired == as text', () => {
    expect(plainNoteText('a == b')).toBe('a == b');
  });

  it('every message of the notes catalogue has balanced markup in both languages', () => {
    for (const lang of languages) {
      for (const [key, message] of flatten(notes[lang])) {
        expect(message.split('==').length % 2, `${lang} ${key}`).toBe(1);
        expect(message.split('`').length % 2, `${lang} ${key}`).toBe(1);
        expect(message.split('[[').length, `${lang} ${key}`).toBe(message.split(']]').length);
      }
    }
  });

  it('keeps the notes’ highlights in the translation: as many highlighted passages in en as in ja', () => {
    const en = flatten(notes.en);
    for (const [key, ja] of flatten(notes.ja)) {
      expect((en.get(key) ?? '').split('==').length, key).toBe(ja.split('==').length);
    }
  });
});
