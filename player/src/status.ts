// Diagnostics on request: a small corner on the stage (connection, manifest) that the public board never
// shows by itself — only while a technician asked for it (identify, test pattern, or the technician key,
// Ctrl+Alt+D) — and window.__gatecast for tests.

/** The player's state as end-to-end tests read it. */
export interface GatecastStatus {
  /** Version of the manifest being played; null until one is applied. */
  version: string | null;
  /** Server clock minus local clock, in ms. */
  offset: number;
  connected: boolean;
}

declare global {
  interface Window {
    __gatecast: GatecastStatus;
  }
}

/** How long the technician key shows the corner before it hides again by itself (a key left unpressed). */
export const keyRevealMs = 120_000;

/** The technician key: Ctrl+Alt+D, which no browser or kiosk shortcut uses. */
export function isTechnicianKey(e: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'repeat'>): boolean {
  return e.code === 'KeyD' && e.ctrlKey && e.altKey && !e.repeat;
}

/** Publishes the player's status to window.__gatecast, and to the diagnostics corner while it is asked for. */
export class StatusCorner {
  private readonly state: GatecastStatus = { version: null, offset: 0, connected: false };
  private readonly element: HTMLElement;
  private problem: string | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the corner hides again (ms since epoch; Infinity: until told). */
  private shownUntil = 0;

  constructor(stage: HTMLElement) {
    this.element = stage.appendChild(document.createElement('div'));
    this.element.className = 'status';
    this.element.lang = 'vi';
    this.element.hidden = true;
    window.__gatecast = this.state;
    this.draw();
  }

  /** Answers the technician key on this page: shows the corner, or hides it when it is shown. */
  listenForKey(target: Pick<Window, 'addEventListener'> = window): void {
    target.addEventListener('keydown', (e) => {
      if (!isTechnicianKey(e)) return;
      e.preventDefault();
      if (this.element.hidden) this.reveal(keyRevealMs);
      else this.conceal();
    });
  }

  /** Shows the corner for `ms` (Infinity: until concealed); a longer request outlasts a shorter one. */
  reveal(ms: number): void {
    const until = Date.now() + ms;
    if (!this.element.hidden && until <= this.shownUntil) return;
    this.shownUntil = until;
    this.element.hidden = false;
    clearTimeout(this.hideTimer);
    if (Number.isFinite(ms)) {
      this.hideTimer = setTimeout(() => {
        this.conceal();
      }, ms);
    }
  }

  /** Hides the corner. */
  conceal(): void {
    clearTimeout(this.hideTimer);
    this.shownUntil = 0;
    this.element.hidden = true;
  }

  connected(): void {
    this.state.connected = true;
    this.problem = null;
    this.draw();
  }

  disconnected(reason: string): void {
    this.state.connected = false;
    this.problem = reason;
    this.draw();
  }

  applied(version: string): void {
    this.state.version = version;
    this.draw();
  }

  offset(offset: number): void {
    this.state.offset = offset;
  }

  /** Redraws the text; it changes whether the corner is shown or not, so a reveal shows the latest. */
  private draw(): void {
    const { connected, version } = this.state;
    // The connection dot is a CSS shape (filled: connected; a ring: not), not "●"/"○": a stripped-down
    // player PC may have no font with those, and every glyph on the board comes from our bundled fonts.
    const dot = document.createElement('span');
    dot.className = 'status-dot';
    dot.setAttribute('aria-hidden', 'true');
    const text = [
      connected ? 'Đã kết nối máy chủ' : 'Mất kết nối máy chủ',
      version ? `bản ${version.slice(0, 8)}` : 'chưa có bản phát',
    ].join(' · ');
    this.element.replaceChildren(dot, text);
    if (this.problem) {
      // The reason comes from the socket library, in English: marked so.
      const reason = this.element.appendChild(document.createElement('span'));
      reason.lang = 'en';
      reason.textContent = ` · ${this.problem}`;
    }
    this.element.dataset['connected'] = String(connected);
  }
}
