import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseFragment, patchFragment, readFragment } from './location';

describe('URL fragment', () => {
  it('reads URLSearchParams with or without the #', () => {
    expect(parseFragment('#view=keys&step=3').get('step')).toBe('3');
    expect(parseFragment('view=keys').get('view')).toBe('keys');
    expect([...parseFragment('')]).toEqual([]);
  });

  it('patches one param and keeps the others in place', () => {
    expect(patchFragment('#s=abc&view=keys&step=3', { view: 'keytypes' })).toBe(
      '#s=abc&view=keytypes&step=3',
    );
    expect(patchFragment('#s=abc&step=3', { view: 'keys' })).toBe('#s=abc&step=3&view=keys');
    expect(patchFragment('#s=abc&step=3', { step: null })).toBe('#s=abc');
    expect(patchFragment('#step=3', { step: null })).toBe('');
  });

  it('round-trips any value, including &, = and # characters', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (scenario, view) => {
        const params = parseFragment(patchFragment('#step=1', { s: scenario, view }));
        expect(params.get('s')).toBe(scenario);
        expect(params.get('view')).toBe(view);
        expect(params.get('step')).toBe('1');
      }),
    );
  });
});

describe('readFragment', () => {
  it('parses a fragment once, however often it is read, and again when it changes (issue #13, item 18)', () => {
    const location = { hash: `#view=keys&s=${'A'.repeat(100_000)}` };
    vi.stubGlobal('window', { location });
    try {
      const first = readFragment();
      expect(readFragment()).toBe(first);
      expect(first.get('view')).toBe('keys');
      location.hash = '#view=notes';
      expect(readFragment()).not.toBe(first);
      expect(readFragment().get('view')).toBe('notes');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
