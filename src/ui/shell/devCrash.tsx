/**
 * Development only: `?crash=<section id>` makes that section throw while rendering, to see and test its
 * error boundary. Only referenced under `import.meta.env.DEV`, so production builds do not contain it.
 */
class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

/** Throws on the section's first attempt only, so "Reset this section" shows the recovery. */
export function CrashProbe({ sectionId, attempt }: { sectionId: string; attempt: number }) {
  if (attempt === 0 && new URLSearchParams(window.location.search).get('crash') === sectionId) {
    throw new SimulatedCrash(`?crash=${sectionId}`);
  }
  return null;
}
