// What overrides the schedule: a blackout (black, nothing else) or emergency messages, which take the
// screen over the moment they arrive, in each of their languages in turn (the gate's first language first,
// see override.slot.ts), until their TTL or a clear. The state is kept across reloads, so a player that
// restarts while cut off keeps it until it expires.
import type { PlayerEmergency, PlayerOverride, ScreenConfig } from '../../schemas/types.ts';
import type { ServerClock } from './clock.ts';
import { exerciseMark, fitExerciseMark, loadExerciseFonts } from './exercise.ts';
import { fontStack, loadEmergencyFonts } from './fonts.ts';
import { emergencySlot } from './override.slot.ts';
import { messageElement } from './render.ts';

import type { Rendered } from './stage.ts';

const storageKey = 'gatecast.override';
/** How long an emergency waits for its fonts before it is shown anyway. */
const fontWaitMs = 1_000;

/** The layer above the stage that shows blackouts and emergencies. */
export class OverrideLayer {
  private state: PlayerOverride = { blackout: false, emergencies: [] };
  private readonly element: HTMLElement;
  private readonly clock: ServerClock;
  private readonly shown: (id: string) => void;
  private readonly acked = new Set<string>();
  private current: Rendered | null = null;
  private currentKey = '';
  /** A drill's DIỄN TẬP / EXERCISE mark, over every page of it (exercise.ts). */
  private mark: { key: string; element: HTMLElement } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The screen's languages in its gate's order, and its legibility floor (from its config). */
  private languages: readonly string[] = [];
  private minPx: number | undefined;

  /** `shown` is called once per emergency, when it is first on the screen (the player acks it). */
  constructor(stage: HTMLElement, clock: ServerClock, shown: (id: string) => void) {
    this.element = stage.appendChild(document.createElement('div'));
    this.element.className = 'override';
    this.element.hidden = true;
    this.clock = clock;
    this.shown = shown;
    const saved = localStorage.getItem(storageKey);
    if (saved) {
      try {
        this.state = JSON.parse(saved) as PlayerOverride;
      } catch {
        localStorage.removeItem(storageKey);
      }
    }
    this.evaluate();
  }

  /** Adopts the controller's latest state and redraws at once. */
  async set(state: PlayerOverride): Promise<void> {
    this.state = state;
    localStorage.setItem(storageKey, JSON.stringify(state));
    // Already-acked ids that are no longer live may be shown (and acked) again if re-sent.
    for (const id of this.acked) if (!state.emergencies.some((e) => e.id === id)) this.acked.delete(id);
    await Promise.race([
      Promise.all(state.emergencies.flatMap((e) => [loadEmergencyFonts(e), loadExerciseFonts(e)])),
      new Promise((resolve) => setTimeout(resolve, fontWaitMs)),
    ]);
    this.evaluate();
  }

  /** Takes the screen's languages (an emergency opens on the first) and text floor, and redraws. */
  configure(config: Pick<ScreenConfig, 'languages' | 'minTextPx'>): void {
    this.languages = config.languages;
    this.minPx = config.minTextPx;
    this.evaluate();
  }

  /** Redraws for the current clock (after a clock correction, or from the timer). */
  evaluate(): void {
    clearTimeout(this.timer);
    const { width, height } = this.element.parentElement?.getBoundingClientRect() ?? { width: 0, height: 0 };
    if (this.state.blackout) {
      this.show('blackout', null);
      this.drawExercise(null, width, height);
      this.element.dataset['override'] = 'blackout';
      return;
    }
    const slot = emergencySlot(this.state.emergencies, this.clock.now(), this.languages);
    if (!slot) {
      this.show('', null);
      this.drawExercise(null, width, height);
      delete this.element.dataset['override'];
      return;
    }
    this.timer = setTimeout(() => {
      this.evaluate();
    }, slot.remaining + 2);
    this.element.dataset['override'] = 'emergency';
    const { emergency, lang, variant, bodyLang } = slot;
    const minPx = this.minPx;
    this.show(`${emergency.id}|${lang}|${bodyLang ?? ''}|${width}x${height}|${minPx ?? ''}`, () => {
      const rendered = messageElement({
        lang,
        level: 'emergency',
        variant,
        fontFamily: fontStack(emergency, lang),
        width,
        height,
        ...(minPx ? { minPx } : {}),
      });
      // A body borrowed from the first language is that language's text: marked so, and drawn in its font.
      const body = bodyLang ? rendered.element.querySelector<HTMLElement>('.message-body') : null;
      if (body && bodyLang) {
        body.lang = bodyLang;
        body.dataset['lang'] = bodyLang;
        body.style.fontFamily = fontStack(emergency, bodyLang);
      }
      return rendered;
    });
    this.drawExercise(emergency, width, height);
    if (!this.acked.has(slot.emergency.id)) {
      this.acked.add(slot.emergency.id);
      this.shown(slot.emergency.id);
    }
  }

  /** Whether an emergency is in force on this screen now (its pages are in the rotation). */
  showing(id: string): boolean {
    const now = this.clock.now();
    return !this.state.blackout && this.state.emergencies.some((e) => e.id === id && e.expiresAt > now);
  }

  /** Whether the page on the screen at this moment is one of this emergency's. */
  onScreen(id: string): boolean {
    return !this.element.hidden && this.current?.element.dataset['emergencyId'] === id;
  }

  /** Puts a drill's mark over its pages (kept while they rotate), or takes it away. */
  private drawExercise(emergency: PlayerEmergency | null, width: number, height: number): void {
    const key = emergency?.exercise ? `${emergency.id}|${width}x${height}|${this.languages.join(',')}` : '';
    if (key === (this.mark?.key ?? '')) return;
    this.mark?.element.remove();
    this.mark = null;
    if (!emergency || !key) return;
    const element = this.element.appendChild(exerciseMark(emergency, this.languages));
    fitExerciseMark(element, width, height);
    this.mark = { key, element };
    // A face still loading (a state kept from before a reload) changes the words' widths: fit again.
    void document.fonts.ready.then(() => {
      if (this.mark?.element === element) fitExerciseMark(element, width, height);
    });
  }

  private show(key: string, build: (() => Rendered) | null): void {
    this.element.hidden = key === '';
    if (key === this.currentKey) return;
    this.currentKey = key;
    this.current?.element.remove();
    this.current?.dispose();
    this.current = null;
    if (!build) return;
    const next = build();
    next.element.dataset['emergencyId'] = key.split('|')[0];
    this.element.append(next.element);
    void next.prepare();
    this.current = next;
  }
}
