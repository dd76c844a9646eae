/** Where the browser tests' Chromium is, and how it was found; undefined when there is none. */
export function findChromium(): { path: string; source: string } | undefined;
