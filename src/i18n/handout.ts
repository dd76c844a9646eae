import { defineMessages } from './define';

/**
 * The printed handout of a lesson (src/ui/handout, issue #12 item 5): every step's diagram and caption, for the
 * browser's print dialog. Lesson titles, narration and questions come from the lessons catalogue.
 */
export const handout = defineMessages(
  {
    open: 'Print handout',
    openHint: 'Every step’s diagram and caption on paper or as a PDF, one or two steps per page',
    documentTitle: 'Handout: {lesson}',
    tools: 'Handout',
    back: 'Back to the lesson',
    print: 'Print…',
    perPage: 'Steps per page',
    one: 'One',
    two: 'Two',
    pdfHint: 'To keep a PDF file, choose “Save as PDF” as the printer in the print dialog.',
    kicker: 'KMS Lab · Lesson {n} of {total}',
    link: 'Open this lesson in KMS Lab:',
    qrLabel: 'QR code of the lesson’s link',
    step: 'Step {step} of {total}',
    predict: 'Before this step, predict:',
    preparing: 'Preparing the handout: replaying the lesson…',
    failed: 'The handout could not be prepared: {message}',
    noLesson: 'There is no lesson by that name to print.',
    allLessons: 'All lessons',
  },
  {
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
  },
);
