// Kiosk mode: the loop plays as an attract screen; a touch opens a menu with a language picker and the
// gate's messages to browse; after a while untouched, the menu closes and the loop is seen again.
import type { Manifest, ScreenConfig } from '../../schemas/types.ts';
import { fontStack } from './fonts.ts';
import { autonym } from './kiosk.languages.ts';
import { messageElement } from './render.ts';
import type { Rendered } from './stage.ts';

const defaultIdleSeconds = 60;

/** The touch layer of a kiosk screen, above the loop and below emergencies. */
export class Kiosk {
  private readonly element: HTMLElement;
  private config: ScreenConfig | null = null;
  private manifest: Manifest | null = null;
  private lang = '';
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private detail: Rendered | null = null;

  constructor(stage: HTMLElement) {
    this.element = stage.appendChild(document.createElement('div'));
    this.element.className = 'kiosk';
    this.element.hidden = true;
    // Any touch on the stage opens the menu (or keeps it open): capture, so items underneath need
    // no handlers of their own.
    stage.addEventListener(
      'pointerdown',
      () => {
        if (this.config?.kind === 'kiosk') this.touched();
      },
      { capture: true },
    );
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

  private draw(): void {
    this.closeDetail();
    this.element.replaceChildren();
    this.element.dataset['lang'] = this.lang;
    const bar = this.add(this.element, 'div', 'kiosk-languages');
    bar.setAttribute('role', 'group');
    for (const lang of this.config?.languages ?? []) {
      const button = this.add(bar, 'button', 'kiosk-language', autonym(lang));
      button.lang = lang;
      button.dataset['lang'] = lang;
      button.style.fontFamily = fontStack(this.manifest, lang);
      button.setAttribute('aria-pressed', String(lang === this.lang));
      button.addEventListener('click', () => {
        this.lang = lang;
        this.draw();
      });
    }
    const close = this.add(bar, 'button', 'kiosk-close', '×');
    close.setAttribute('aria-label', 'close');
    close.addEventListener('click', (event) => {
      event.stopPropagation();
      this.close();
    });

    const list = this.add(this.element, 'div', 'kiosk-messages');
    for (const [id, message] of Object.entries(this.manifest?.messages ?? {})) {
      // The chosen language if the message has it, else its first language, labelled as such.
      const lang = message?.variants[this.lang] ? this.lang : Object.keys(message?.variants ?? {})[0];
      const variant = lang ? message?.variants[lang] : undefined;
      if (!message || !lang || !variant) continue;
      const item = this.add(list, 'button', 'kiosk-message', variant.title ?? variant.body ?? id);
      item.lang = lang;
      item.dataset['messageId'] = id;
      item.style.fontFamily = fontStack(this.manifest, lang);
      item.addEventListener('click', () => {
        this.open(id, lang);
      });
    }
  }

  /** One message, full size, with a back button over it. */
  private open(id: string, lang: string): void {
    const message = this.manifest?.messages[id];
    const variant = message?.variants[lang];
    if (!message || !variant) return;
    this.closeDetail();
    const { width, height } = this.element.getBoundingClientRect();
    const detail = messageElement({
      lang,
      level: message.level,
      variant,
      fontFamily: fontStack(this.manifest, lang),
      width,
      height,
    });
    detail.element.classList.add('kiosk-detail');
    detail.element.dataset['messageId'] = id;
    this.element.append(detail.element);
    void detail.prepare();
    const back = this.add(detail.element, 'button', 'kiosk-back', '←');
    back.setAttribute('aria-label', 'back');
    back.addEventListener('click', () => {
      this.closeDetail();
    });
    this.detail = detail;
  }

  private closeDetail(): void {
    this.detail?.element.remove();
    this.detail?.dispose();
    this.detail = null;
  }

  private add(parent: HTMLElement, tag: 'div' | 'button', className: string, text?: string): HTMLElement {
    const element = parent.appendChild(document.createElement(tag));
    element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }
}
