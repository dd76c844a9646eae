import { defineMessages } from './define';

/** Presenting on a projector: the presentation's own controls and the presenter window (issue #12 item 1). */
export const present = defineMessages({
  heading: 'Presenting: {section}',
  toolbar: 'Presentation',
  presenterWindow: 'Presenter window',
  fullScreen: 'Full screen (F)',
  exitFullScreen: 'Leave full screen (F)',
  blank: 'Blank the screen (B)',
  leave: 'Stop presenting (Esc)',
  blanked: 'The screen is blanked. Press B to show it again.',
  popupBlocked: 'The browser blocked the presenter window. Allow pop-ups for this page and try again.',
  view: {
    title: 'Presenter view',
    position: 'Step {step} of {total}',
    timer: 'Time',
    resetTimer: 'Restart the timer',
    now: 'On screen now',
    notes: 'Speaker notes',
    noNotes: 'This step has no notes of its own: say what the caption says, then show the bytes.',
    cli: 'The same call with the AWS CLI',
    next: 'Next',
    nextNone: 'This is the last step.',
    prev: 'Previous step',
    nextStep: 'Next step',
    blank: 'Blank the projected screen (B)',
    unblank: 'Show the projected screen again (B)',
    blankedState: 'The projected screen is blank.',
    keys: 'Keys here and in the projected window: → Space PageDown next, ← PageUp back, Home/End, B blank.',
    waiting:
      'Not connected to a presentation yet: open this window from “Presenter window” while presenting.',
  },
});
