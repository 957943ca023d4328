import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../console/src/', import.meta.url).pathname;

/** The console's source files, the catalogue's own included, by path. */
function sources(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the console catalogue', () => {
  const files = sources().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const catalogues = files.filter((f) => /\/i18n(\.[a-z]+)?\.ts$/.test(f.path));
  const keys = catalogues.flatMap((f) =>
    [...f.text.matchAll(/^ {2}([A-Za-z_]+): \{/gm)].map((m) => m[1] ?? ''),
  );
  // Keys chosen at run time by prefix: t(`entity_${noun}`), the error catalogue's reason_/error_/param_.
  const prefixes = [
    ...new Set(files.flatMap((f) => [...f.text.matchAll(/`([A-Za-z]+_)\$\{/g)].map((m) => m[1] ?? ''))),
  ];

  it('has each key once, across its room files', () => {
    expect(keys.length).toBeGreaterThan(300);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has no key that nothing shows (a stale string is a string nobody keeps translated)', () => {
    const code = files.map((f) => f.text).join('\n');
    const unused = keys.filter((key) => {
      if (prefixes.some((p) => key.startsWith(p))) return false;
      const uses = code.match(new RegExp(`\\b${key}\\b`, 'g'))?.length ?? 0;
      return uses <= 1; // its definition only
    });
    expect(unused).toEqual([]);
  });
});
