import { defineMessages } from './define';

/**
 * The printed handout of a lesson (src/ui/handout, issue #12 item 5): every step's diagram and caption, for the
 * browser's print dialog. Lesson titles, narration and questions come from the lessons catalogue.
 */
export const handout = defineMessages({
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
});
