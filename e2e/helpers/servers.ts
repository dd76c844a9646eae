/** The production build, as learners get it (`npm test` builds before the browser tests). */
export const previewURL = 'http://127.0.0.1:4173';
/** The dev server: for what only development builds have (the `?crash=` probe) and its relaxed CSP. */
export const devServerURL = 'http://127.0.0.1:5174';
