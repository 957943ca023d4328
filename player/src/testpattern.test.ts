import { describe, expect, it } from 'vitest';
import { geometryLabel, testPatternFromUrl } from './testpattern.ts';

describe('testPatternFromUrl', () => {
  const window = { width: 1920, height: 1080 };

  it('reads W×H+X+Y (a + in a query string arrives as a space) and the screen id', () => {
    for (const search of [
      '?testpattern=800x500+100+40&screen=b1',
      '?testpattern=800x500%2B100%2B40&screen=b1',
    ]) {
      const config = testPatternFromUrl(search, window);
      expect(config && [config.screenId, geometryLabel(config)]).toEqual(['b1', '800×500 @ 100,40']);
    }
  });

  it('covers the whole window when given no geometry, and is off without the parameter', () => {
    const config = testPatternFromUrl('?testpattern', window);
    expect(config && geometryLabel(config)).toBe('1920×1080 @ 0,0');
    expect(testPatternFromUrl('?token=abc', window)).toBeNull();
  });
});
