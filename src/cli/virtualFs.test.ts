import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryFs } from './virtualFs';

afterEach(() => vi.restoreAllMocks());

describe('MemoryFs.delete', () => {
  it('removes the file and zero-fills the bytes it held', () => {
    const fs = new MemoryFs({ 'secret.bin': new Uint8Array([1, 2, 3, 4]), 'other.txt': 'kept' });
    const fill = vi.spyOn(Uint8Array.prototype, 'fill');
    expect(fs.delete('./secret.bin')).toBe(true);
    // The array zero-filled is the one the file system held: four bytes, all zero now.
    const filled = fill.mock.contexts as Uint8Array[];
    expect(fill).toHaveBeenCalledWith(0);
    expect(filled.some((bytes) => bytes.length === 4 && bytes.every((b) => b === 0))).toBe(true);
    expect(fs.read('secret.bin')).toBeUndefined();
    expect(fs.list()).toEqual(['other.txt']);
    expect(new TextDecoder().decode(fs.read('other.txt'))).toBe('kept');
  });

  it('answers false for a file that is not there, and a deleted name can be written again', () => {
    const fs = new MemoryFs();
    expect(fs.delete('missing')).toBe(false);
    fs.write('again', 'one');
    fs.delete('again');
    fs.write('again', 'two');
    expect(new TextDecoder().decode(fs.read('again'))).toBe('two');
  });
});
