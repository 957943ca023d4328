// The console's readability table: how a message reads on each screen it reaches, in each language,
// measured by laying it out with the player's own message block (fonts, fit, floor, pages) at each
// screen's exact pixels, out of sight. What it reports is what the board will do.
import {
  measuredLanguages,
  previewManifest,
  type MeasureRequest,
  type Measurement,
} from '../../shared/preview.model.ts';
import { fontStack, loadManifestFonts } from './fonts.ts';
import { messageElement } from './message.ts';

/** Measures the request's message on each of its screens, in each language the screen shows it in. */
export async function measure(request: MeasureRequest): Promise<Measurement[]> {
  const langs = [...new Set(request.screens.flatMap((s) => measuredLanguages(s, request.message.variants)))];
  const { manifest } = previewManifest({
    languages: langs,
    items: [{ type: 'message', name: '', duration: 1, ...request.message }],
  });
  // Fitting measures the text: the fonts must be there first.
  await loadManifestFonts(manifest).catch(() => undefined);
  const results: Measurement[] = [];
  for (const screen of request.screens) {
    for (const lang of measuredLanguages(screen, request.message.variants)) {
      const box = document.body.appendChild(document.createElement('div'));
      box.className = 'measure-box';
      box.style.width = `${screen.width}px`;
      box.style.height = `${screen.height}px`;
      const rendered = messageElement({
        lang,
        level: request.message.level,
        variant: request.message.variants[lang] ?? {},
        fontFamily: fontStack(manifest, lang),
        width: screen.width,
        height: screen.height,
        minPx: screen.minTextPx,
      });
      rendered.element.classList.add('entry');
      box.append(rendered.element);
      await rendered.prepare();
      const data = rendered.element.dataset;
      results.push({
        screenId: screen.screenId,
        lang,
        px: Number(data['px']),
        floor: Number(data['floor']),
        pages: Number(data['pages']),
        fits: data['fits'] === 'true',
      });
      rendered.dispose();
      box.remove();
    }
  }
  return results;
}
