import { describe, expect, it } from 'vitest';
import { isBrowserStorageFull, isBrowserStorageRefusal } from './browserStorage';

describe('isBrowserStorageRefusal', () => {
  it.each([
    [{ source: 'envelope', name: 'NotReadableError', message: 'The requested file could not be read, …' }],
    [{ source: 'envelope', name: 'TypeError', message: 'network error' }],
    [{ source: 'envelope', name: 'Error', message: 'network error' }],
  ] as const)('knows a Blob the browser refused to read: %o', (error) => {
    expect(isBrowserStorageRefusal(error)).toBe(true);
  });

  it.each([
    [{ source: 'envelope', name: 'frame-auth-failed', message: 'frame 3 did not authenticate' }],
    [{ source: 'kms', name: 'AccessDeniedException', message: 'User: … is not authorized' }],
    [{ source: 'kms', name: 'NotFoundException', message: 'network error' }],
    [{ source: 'envelope', name: 'AbortError', message: 'aborted' }],
  ] as const)('leaves envelope, KMS and other failures alone: %o', (error) => {
    expect(isBrowserStorageRefusal(error)).toBe(false);
  });
});

describe('isBrowserStorageFull', () => {
  it('knows the output store ran out of room', () => {
    expect(isBrowserStorageFull({ source: 'envelope', name: 'QuotaExceededError', message: 'quota' })).toBe(
      true,
    );
  });
  it('leaves a refused read and KMS errors alone', () => {
    expect(isBrowserStorageFull({ source: 'envelope', name: 'NotReadableError', message: '…' })).toBe(false);
    expect(isBrowserStorageFull({ source: 'kms', name: 'QuotaExceededError', message: '…' })).toBe(false);
  });
});
