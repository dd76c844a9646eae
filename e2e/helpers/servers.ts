// Ports can be moved (KMS_LAB_PREVIEW_PORT / KMS_LAB_DEV_PORT) so two checkouts on one machine can test at once.
const previewPort = Number(process.env.KMS_LAB_PREVIEW_PORT ?? 4173);
const devPort = Number(process.env.KMS_LAB_DEV_PORT ?? 5174);

/** The production build, as learners get it (`npm test` builds before the browser tests). */
export const previewURL = `http://127.0.0.1:${previewPort}`;
/** The dev server: for what only development builds have (the `?crash=` probe) and its relaxed CSP. */
export const devServerURL = `http://127.0.0.1:${devPort}`;
/** The port of each server, for the commands that start them. */
export const ports = { preview: previewPort, dev: devPort } as const;
