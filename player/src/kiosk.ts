// Kiosk mode: the loop plays as an attract screen; a touch opens a menu with a language picker and the
// gate's messages to browse; after a while untouched, the menu closes and the loop is seen again.
// Sized for a finger and for a stranger: every control is at least 48 CSS px and grows with the screen,
// symbols are drawn (no system glyphs), words come in the traveller's language (kiosk.languages.ts).
import './kiosk.css';
import type { Manifest, ManifestMessage, ScreenConfig } from '../../schemas/types.ts';
import { columns, shownLanguage } from './kiosk.choice.ts';
import { fitCaptions, iconButton, labelFont, phrases, preloadPhrases } from './kiosk.controls.ts';
import { openDetail } from './kiosk.detail.ts';
import { autonym, kioskWord, kioskWordText } from './kiosk.languages.ts';
import type { FieldFiller, FilledVariant } from './fields.ts';
import { fontStack } from './fonts.ts';
import type { Rendered } from './stage.ts';

const defaultIdleSeconds = 60;

/** Keys that open the menu from the loop, for a kiosk with a keyboard (or a switch device). */
const openKeys = new Set(['Enter', ' ', 'Tab']);

/** The touch layer of a kiosk screen, above the loop and below emergencies. */
export class Kiosk {
  private readonly element: HTMLElement;
  private config: ScreenConfig | null = null;
  private manifest: Manifest | null = null;
  private lang = '';
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private detail: Rendered | null = null;
  private readonly live: { fields: FieldFiller; now(): number } | undefined;

  /** With `live`, messages show their live values, and one whose values are missing or stale is not listed. */
  constructor(stage: HTMLElement, live?: { fields: FieldFiller; now(): number }) {
    this.live = live;
    this.element = stage.appendChild(document.createElement('div'));
    this.element.className = 'kiosk';
    this.element.hidden = true;
    // Any touch on the stage opens the menu (or keeps it open): capture, so items underneath need
    // no handlers of their own.
    stage.addEventListener(
      'pointerdown',
      () => {
        if (this.isKiosk()) this.touched();
      },
      { capture: true },
    );
    window.addEventListener('keydown', (event) => {
      this.key(event);
    });
  }

  /** Takes the screen's kind, languages and idle timeout; only kiosks open the menu. */
  configure(config: ScreenConfig): void {
    this.config = config;
    if (!config.languages.includes(this.lang)) this.lang = config.languages[0] ?? 'vi';
    if (config.kind !== 'kiosk') this.close();
    else if (!this.element.hidden) this.draw();
  }

  /** The messages to browse come from the applied manifest. */
  setManifest(manifest: Manifest): void {
    this.manifest = manifest;
    if (!this.element.hidden) this.draw();
  }

  /** Back to the loop: the menu closes. */
  close(): void {
    clearTimeout(this.idleTimer);
    this.closeDetail();
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  private isKiosk(): boolean {
    return this.config?.kind === 'kiosk';
  }

  private touched(): void {
    if (this.element.hidden) {
      this.element.hidden = false;
      this.draw();
    }
    clearTimeout(this.idleTimer);
    const seconds = this.config?.kioskIdleSeconds ?? defaultIdleSeconds;
    this.idleTimer = setTimeout(() => {
      this.close();
    }, seconds * 1000);
  }

  /** A keyboard works like a finger: a key opens the menu, Escape steps back, any key keeps it open. */
  private key(event: KeyboardEvent): void {
    if (!this.isKiosk() || event.ctrlKey || event.altKey || event.metaKey) return;
    if (this.element.hidden) {
      if (!openKeys.has(event.key)) return;
      event.preventDefault();
      this.touched();
      this.element.querySelector<HTMLElement>('.kiosk-language[aria-pressed="true"]')?.focus();
      return;
    }
    this.touched();
    if (event.key !== 'Escape') return;
    if (this.detail) this.back();
    else this.close();
  }

  private draw(focusLang?: string): void {
    this.closeDetail();
    this.element.replaceChildren();
    const lang = this.lang;
    this.element.dataset['lang'] = lang;
    // One unit per hundredth of the screen's short side: controls grow with the kiosk (CSS: --u).
    const { width, height } = this.element.getBoundingClientRect();
    this.element.style.setProperty('--u', `${Math.min(width, height) / 100}px`);

    const top = this.add(this.element, 'div', 'kiosk-top');
    const bar = this.add(top, 'div', 'kiosk-languages');
    bar.style.setProperty('--columns', String(columns(this.config?.languages.length ?? 1, width < height)));
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', kioskWordText(lang, 'languages'));
    for (const option of this.config?.languages ?? []) {
      const button = this.add(bar, 'button', 'kiosk-language', autonym(option));
      button.lang = option;
      button.dataset['lang'] = option;
      button.style.fontFamily = labelFont(option);
      button.setAttribute('aria-pressed', String(option === lang));
      button.addEventListener('click', () => {
        this.lang = option;
        this.draw(option);
      });
      preloadPhrases([{ lang: option, text: autonym(option) }]);
    }
    const close = top.appendChild(iconButton('close', lang));
    close.addEventListener('click', (event) => {
      event.stopPropagation();
      this.close();
    });

    const list = this.add(this.element, 'div', 'kiosk-messages');
    for (const [id, message] of Object.entries(this.manifest?.messages ?? {})) {
      if (!message) continue;
      const shown = shownLanguage(message.variants, lang, this.config?.languages ?? []);
      const filled = shown && this.fill(message, shown.lang);
      const variant = filled && !filled.hidden ? filled.variant : undefined;
      if (!shown || !variant) continue;
      const item = this.add(list, 'button', 'kiosk-message');
      item.lang = shown.lang;
      item.dataset['messageId'] = id;
      item.dataset['level'] = message.level;
      const title = this.add(item, 'span', variant.title ? 'kiosk-message-title' : 'kiosk-message-body');
      title.textContent = variant.title ?? variant.body ?? id;
      title.style.fontFamily = fontStack(this.manifest, shown.lang);
      if (shown.substitute) {
        // Honest: the tile is in another language, and says so in the traveller's.
        item.dataset['substitute'] = 'true';
        const note = this.add(item, 'span', 'kiosk-note');
        const said = kioskWord(lang, 'notAvailable');
        phrases(note, said);
        preloadPhrases(said);
      }
      item.addEventListener('click', () => {
        this.open(id);
      });
    }
    fitCaptions(top);
    if (focusLang)
      this.element.querySelector<HTMLElement>(`.kiosk-language[data-lang="${focusLang}"]`)?.focus();
  }

  /** A message's language with its live values filled now (as written without them). */
  private fill(message: ManifestMessage, lang: string): FilledVariant | undefined {
    if (this.live) return this.live.fields.fill(message, lang, this.live.now());
    const variant = message.variants[lang];
    return variant ? { variant, hidden: false, changesAt: Infinity } : undefined;
  }

  /** One message in the traveller's language (or the gate's first, saying so), below a back control. */
  private open(id: string): void {
    const message = this.manifest?.messages[id];
    const shown = message && shownLanguage(message.variants, this.lang, this.config?.languages ?? []);
    const filled = shown && this.fill(message, shown.lang);
    if (!message || !shown || !filled || filled.hidden) return;
    this.closeDetail();
    this.detail = openDetail(this.element, {
      id,
      message,
      filled,
      shown,
      chosen: this.lang,
      manifest: this.manifest,
      config: this.config,
      back: () => {
        this.back();
      },
    });
    this.detail.element.querySelector<HTMLElement>('.kiosk-back')?.focus({ preventScroll: true });
    // The idle time counts from when the message is on screen: fitting a long one in pages takes a while.
    this.touched();
  }

  /** From a message back to the menu, on the tile it was opened from. */
  private back(): void {
    const id = this.detail?.element.dataset['messageId'];
    this.closeDetail();
    if (id) this.element.querySelector<HTMLElement>(`.kiosk-message[data-message-id="${id}"]`)?.focus();
  }

  private closeDetail(): void {
    this.detail?.dispose();
    this.detail = null;
  }

  private add(
    parent: HTMLElement,
    tag: 'div' | 'button' | 'span',
    className: string,
    text?: string,
  ): HTMLElement {
    const element = parent.appendChild(document.createElement(tag));
    element.className = className;
    if (tag === 'button') element.setAttribute('type', 'button');
    if (text !== undefined) element.textContent = text;
    return element;
  }
}
