// Every font the player may need, bundled by Vite from fontsource and served by the controller:
// players are offline, nothing comes from a CDN. Each package's CSS splits a face into unicode-range
// subsets, so the browser downloads only the files whose ranges the text on screen uses.
//
// No subset of @fontsource/noto-sans contains the combining breve U+0306 that Jrai needs over ơ/ư (no
// precomposed form). 'Noto Sans Marks' (shared/fonts.css; Latin, Vietnamese and all combining marks cut from
// the full Noto Sans by scripts/make-marks-font.ts) closes that gap: it ends every font stack, so a
// cluster the faces before it cannot draw whole falls back to it rather than to a system font.
import type { Manifest, PlayerEmergency } from '../../schemas/types.ts';
import { baseFamily, marksFamily } from '../../shared/fonts.ts';
import '../../shared/fonts.css'; // the bundled faces, shared with the console
import '../../shared/fonts.bold.css';

export { marksFamily };

/** Text in each script, so that a font with no message text yet still has its main subset loaded. */
const samples: Record<string, string> = {
  'Noto Sans': 'Cửa khẩu quốc tế Lệ Thanh — Thứ Hai 0123456789:/',
  'Noto Sans Khmer': 'សូមស្វាគមន៍',
  'Noto Sans Lao': 'ຍິນດີຕ້ອນຮັບ',
  'Noto Sans Tai Viet': 'ꪁꪫꪱꪣ ꪼꪕ',
  'Noto Sans SC': '欢迎',
  'Noto Sans Marks': 'Ơ̆ ơ̆ Ư̆ ư̆',
};

/** The CSS font-family stack for a language of a manifest (or of an emergency message). */
export function fontStack(source: Pick<Manifest, 'fonts'> | null, lang: string | undefined): string {
  const family = source?.fonts.find((f) => f.lang === lang)?.family ?? baseFamily;
  return [...new Set([family, baseFamily, marksFamily])].map(quote).join(', ');
}

/**
 * Loads, in both weights used, the font files that a manifest's text needs, so that its first frame
 * is drawn (and measured for fitting) with the right font rather than a fallback swapped in later.
 */
export async function loadManifestFonts(manifest: Manifest): Promise<void> {
  const texts = new Map<string, string>([
    [baseFamily, samples[baseFamily] ?? ''],
    [marksFamily, samples[marksFamily] ?? ''],
  ]);
  for (const { lang, family } of manifest.fonts) {
    texts.set(family, (texts.get(family) ?? samples[family] ?? '') + textOf(manifest, lang));
  }
  await loadTexts(texts);
}

/** Loads the font files an emergency message's text needs, so its first frame is fitted with them. */
export async function loadEmergencyFonts(emergency: PlayerEmergency): Promise<void> {
  const texts = new Map<string, string>([[marksFamily, samples[marksFamily] ?? '']]);
  for (const { lang, family } of emergency.fonts) {
    const v = emergency.variants[lang];
    const text = v ? `${v.title ?? ''}${v.body ?? ''}${v.ticker ?? ''}` : '';
    texts.set(family, (texts.get(family) ?? samples[family] ?? '') + text);
  }
  await loadTexts(texts);
}

async function loadTexts(texts: Map<string, string>): Promise<void> {
  const loads = [...texts].flatMap(([family, text]) => {
    const chars = [...new Set(text)].join('');
    return ['400', '700'].map((weight) => document.fonts.load(`${weight} 32px ${quote(family)}`, chars));
  });
  await Promise.all(loads);
}

function textOf(manifest: Manifest, lang: string): string {
  return Object.values(manifest.messages)
    .map((m) => m?.variants[lang])
    .map((v) => (v ? `${v.title ?? ''}${v.body ?? ''}${v.ticker ?? ''}` : ''))
    .join('');
}

function quote(family: string): string {
  return `"${family.replace(/["\\]/g, '')}"`;
}
