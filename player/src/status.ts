// Diagnostics: a tiny status corner on the stage, and window.__gatecast for tests.

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

/** The corner hides after this long of healthy connection, and comes back when the connection drops. */
const hideAfterMs = 5_000;

/** Publishes the player's status to window.__gatecast and to the status corner. */
export class StatusCorner {
  private readonly state: GatecastStatus = { version: null, offset: 0, connected: false };
  private readonly element: HTMLElement;
  private problem: string | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(stage: HTMLElement) {
    this.element = stage.appendChild(document.createElement('div'));
    this.element.className = 'status';
    window.__gatecast = this.state;
    this.draw(true);
  }

  connected(): void {
    this.state.connected = true;
    this.problem = null;
    this.draw(true);
  }

  disconnected(reason: string): void {
    this.state.connected = false;
    this.problem = reason;
    this.draw(true);
  }

  applied(version: string): void {
    this.state.version = version;
    this.draw(false);
  }

  offset(offset: number): void {
    this.state.offset = offset;
  }

  /** Redraws the text; `reveal` shows the corner again (connection changes, not routine updates). */
  private draw(reveal: boolean): void {
    const { connected, version } = this.state;
    const parts = [
      connected ? '● online' : '○ offline',
      version ? `manifest ${version.slice(0, 8)}` : 'no manifest',
    ];
    if (this.problem) parts.push(this.problem);
    this.element.textContent = parts.join(' · ');
    this.element.dataset['connected'] = String(connected);
    if (!reveal) return;
    this.element.hidden = false;
    clearTimeout(this.hideTimer);
    if (connected) {
      this.hideTimer = setTimeout(() => {
        this.element.hidden = true;
      }, hideAfterMs);
    }
  }
}
