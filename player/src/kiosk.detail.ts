// One message opened on a kiosk: a strip at the top for the back control (and, when the message is not
// in the traveller's language, a note saying so in that language), and the message fitted by the player's
// own renderer in the box that remains, so the control can never cover the text.
import type { ManifestMessage, Manifest, ScreenConfig } from '../../schemas/types.ts';
import type { FilledVariant } from './fields.ts';
import type { ShownLanguage } from './kiosk.choice.ts';
import { fitCaptions, iconButton, phrases, preloadPhrases } from './kiosk.controls.ts';
import { kioskWord } from './kiosk.languages.ts';
import { fontStack } from './fonts.ts';
import { messageElement } from './message.ts';
import type { Rendered } from './stage.ts';

/** What the detail view shows. */
export interface DetailInput {
  id: string;
  message: ManifestMessage;
  /** The shown language's text with its live values filled (and their "as of" line when stale). */
  filled: FilledVariant;
  shown: ShownLanguage;
  /** The traveller's language: the back control's word and the note are in it. */
  chosen: string;
  manifest: Manifest | null;
  config: ScreenConfig | null;
  back(): void;
}

/** The detail view, appended to `parent` (which must be laid out: the message is fitted to it). */
export function openDetail(parent: HTMLElement, input: DetailInput): Rendered {
  const { id, message, shown, chosen } = input;
  const { variant, asOf } = input.filled;
  const view = parent.appendChild(document.createElement('div'));
  view.className = 'kiosk-detail';
  view.lang = shown.lang;
  view.dataset['messageId'] = id;
  view.dataset['lang'] = shown.lang;

  const bar = view.appendChild(document.createElement('div'));
  bar.className = 'kiosk-detail-bar';
  const back = bar.appendChild(iconButton('back', chosen));
  back.addEventListener('click', (event) => {
    event.stopPropagation();
    input.back();
  });
  if (shown.substitute) {
    const note = bar.appendChild(document.createElement('p'));
    note.className = 'kiosk-note';
    note.dataset['for'] = chosen;
    const said = kioskWord(chosen, 'notAvailable');
    phrases(note, said);
    preloadPhrases(said);
  }

  const box = view.appendChild(document.createElement('div'));
  box.className = 'kiosk-detail-box';
  fitCaptions(bar);
  const { width, height } = box.getBoundingClientRect();
  const rendered = messageElement({
    lang: shown.lang,
    level: message.level,
    variant,
    ...(asOf ? { asOf } : {}),
    fontFamily: fontStack(input.manifest, shown.lang),
    width: Math.floor(width),
    height: Math.floor(height),
    // The screen's legibility floor: a message too long for the box at it is shown in pages.
    ...(input.config?.minTextPx ? { minPx: input.config.minTextPx } : {}),
  });
  rendered.element.classList.add('kiosk-detail-message');
  box.append(rendered.element);
  void rendered.prepare();
  return {
    element: view,
    prepare: () => Promise.resolve(),
    dispose: () => {
      rendered.dispose();
      view.remove();
    },
  };
}
