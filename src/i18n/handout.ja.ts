import type { Translation } from './define';
import type { handout as en } from './handout';

/** The Japanese side of src/i18n/handout.ts: the same keys, each message with the same {parameters}. */
export const handout: Translation<typeof en> = {
  open: '配布資料を印刷',
  openHint: '各ステップの図とキャプションを紙または PDF に (1 ページに 1 つか 2 つのステップ)',
  documentTitle: '配布資料: {lesson}',
  tools: '配布資料',
  back: 'レッスンに戻る',
  print: '印刷…',
  perPage: '1 ページのステップ数',
  one: '1 つ',
  two: '2 つ',
  pdfHint: 'PDF ファイルとして残すには、印刷ダイアログでプリンターに「PDF に保存」を選んでください。',
  kicker: 'KMS Lab · レッスン {n} / {total}',
  link: 'KMS Lab でこのレッスンを開く:',
  qrLabel: 'レッスンのリンクの QR コード',
  step: 'ステップ {step} / {total}',
  predict: 'このステップの前に予想してみましょう:',
  preparing: '配布資料を準備しています (レッスンを再生中)…',
  failed: '配布資料を準備できませんでした: {message}',
  noLesson: 'その名前のレッスンはないため、印刷できません。',
  allLessons: 'レッスン一覧',
};
