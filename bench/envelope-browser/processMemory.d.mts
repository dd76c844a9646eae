import type { Browser } from '@playwright/test';

/** Resident memory by process type ("browser", "renderer", "GPU", …) and in all, in bytes. */
export type MemoryByType = Record<string, number> & { total: number };

export function watchBrowserMemory(
  browser: Browser,
  intervalMs?: number,
): Promise<{ stop(): Promise<{ baseline: MemoryByType; peak: MemoryByType; samples: number }> }>;
