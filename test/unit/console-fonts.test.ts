import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontRules, fontStack } from '../../console/src/font-rules.ts';
import { bundledFamilies, fontFamilyFor } from '../../shared/fonts.ts';

const css = readFileSync(join(import.meta.dirname, '../../console/src/fonts.css'), 'utf8');

/** The rules without comments and whitespace, so that prettier's line breaks do not matter. */
function rulesOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
}

describe("the console's font stacks", () => {
  it('console/src/fonts.css holds exactly the rules font-rules.ts derives from shared/fonts.ts', () => {
    // When this fails after a change to shared/fonts.ts, paste fontRules() into console/src/fonts.css.
    expect(rulesOf(css)).toBe(rulesOf(fontRules()));
  });

  it('starts each language with the family a board draws it with, and names every bundled face', () => {
    for (const lang of ['vi', 'km', 'lo', 'blt', 'zh-Hans', 'jra', 'km-Khmr', 'und-Laoo']) {
      const stack = fontStack(lang);
      expect(stack.startsWith(`'${fontFamilyFor(lang)}'`)).toBe(true);
      for (const family of bundledFamilies) expect(stack).toContain(`'${family}'`);
    }
    // Jrai's ơ̆: the base face cannot draw the cluster whole, the marks face is tried before any other script's.
    expect(fontStack('jra').indexOf("'Noto Sans Marks'")).toBeLessThan(
      fontStack('jra').indexOf("'Noto Sans SC'"),
    );
  });
});
