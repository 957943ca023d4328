// The proof that an emergency reached the board: when one first shows, the player photographs its stage
// (screenshot.ts) once the faces are loaded and the frame is painted, and sends the PNG to the controller,
// once per emergency. It runs beside playback and never holds it up; a failed upload is tried again a few
// times, later each time, while the emergency is still in force.
import { Backoff } from './backoff.ts';
import { captureStage } from './screenshot.ts';

export interface EmergencyProofDeps {
  stage: HTMLElement;
  token: string;
  /** The screen's id, once its config came (the upload address names it). */
  screenId(): string | undefined;
  /** Whether the emergency is still in force here (nothing is tried once it is gone). */
  showing(id: string): boolean;
  /** Whether the page on the screen now is this emergency's (the picture must show it). */
  onScreen(id: string): boolean;
}

/** Uploads tried per emergency. */
const attempts = 5;
/** How often the player looks whether the emergency's page is up again (another one may be showing). */
const pollMs = 500;
type Outcome = 'sent' | 'refused' | 'retry';

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** After the fonts in use have loaded and the frame has been painted (or a moment, if frames are paused). */
async function painted(): Promise<void> {
  await document.fonts.ready;
  for (let i = 0; i < 2; i++) {
    await Promise.race([
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          resolve();
        });
      }),
      sleep(100),
    ]);
  }
}

/** Takes and sends the screenshot of each emergency as it first shows on this screen. */
export class EmergencyProofs {
  private readonly deps: EmergencyProofDeps;
  /**
   * Emergencies taken care of (sent, refused, being sent, or given up) in this page's life. After a reload
   * the picture is taken again; the controller, which keeps the first, answers 409.
   */
  private readonly handled = new Set<string>();

  constructor(deps: EmergencyProofDeps) {
    this.deps = deps;
  }

  /** An emergency first shows on the screen: its picture is taken and sent in the background. */
  shown(id: string): void {
    if (this.handled.has(id)) return;
    this.handled.add(id);
    this.run(id).catch((err: unknown) => {
      console.warn('emergency proof not sent', id, err);
    });
  }

  private async run(id: string): Promise<void> {
    const backoff = new Backoff({ baseMs: 2_000, capMs: 30_000 });
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (!(await this.ready(id))) return; // cleared or expired meanwhile
      const outcome = await this.attempt(id).catch((): Outcome => 'retry');
      if (outcome !== 'retry') return;
      await sleep(1_000 + backoff.next());
    }
  }

  /** Waits until the emergency's page is painted on the screen; false once it is no longer in force. */
  private async ready(id: string): Promise<boolean> {
    for (;;) {
      await painted();
      if (!this.deps.showing(id)) return false;
      if (this.deps.onScreen(id) && this.deps.screenId()) return true;
      await sleep(pollMs);
    }
  }

  private async attempt(id: string): Promise<Outcome> {
    const screenId = this.deps.screenId();
    if (!screenId) return 'retry';
    const shot = await captureStage(this.deps.stage);
    const url = `/api/v1/screens/${encodeURIComponent(screenId)}/emergency-proofs?emergency=${encodeURIComponent(id)}`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.deps.token}`, 'Content-Type': 'image/png' },
      body: shot.png,
    });
    // 409: the controller has this screen's proof already (sent before a reload).
    if (res.ok || res.status === 409) return 'sent';
    // Not this screen's emergency, or not this player's screen: sending again changes nothing.
    if (res.status === 401 || res.status === 403 || res.status === 404) return 'refused';
    return 'retry';
  }
}
