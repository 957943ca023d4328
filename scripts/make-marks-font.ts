// Regenerates player/fonts/noto-sans-marks-{400,700}.woff2: Latin, Vietnamese and every combining
// diacritic from the full (unsubsetted) Noto Sans. fontsource's subsets leave out U+0306 (combining
// breve), which Jrai and Bahnar put over ơ and ư (no precomposed form). The player names this face
// after Noto Sans in every font stack, so Chromium draws such a cluster (base + marks) with it.
// Run: node scripts/make-marks-font.ts (the output is committed; nothing runs at build time).
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const out = join(import.meta.dirname, '..', 'player', 'fonts');

/** Code point ranges kept: enough for any Latin/Vietnamese base letter to carry any combining mark. */
const ranges: [number, number][] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1
  [0x100, 0x24f], // Latin Extended-A and -B (ơ U+01A1, ư U+01B0)
  [0x300, 0x36f], // Combining Diacritical Marks (breve U+0306, horn U+031B)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2010, 0x2027], // dashes, quotes, ellipsis
  [0x25cc, 0x25cc], // dotted circle: what a lone mark is drawn on
];
const text = ranges
  .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
  .join('');

for (const [weight, file] of [
  ['400', '400Regular/NotoSans_400Regular.ttf'],
  ['700', '700Bold/NotoSans_700Bold.ttf'],
] as const) {
  const woff2 = await subsetFont(await readFile(join(source, file)), text, { targetFormat: 'woff2' });
  await writeFile(join(out, `noto-sans-marks-${weight}.woff2`), woff2);
  console.log(`noto-sans-marks-${weight}.woff2: ${woff2.length} bytes`);
}
