// The gate's operating hours on the board (shared/hours.ts reads them): outside its hours the stage shows the
// night template (a dim clock and the gate's name) or black, above the schedule and below emergencies and
// blackouts; and the whole stage is dimmed to the level of the time of day. This is software dimming (a CSS
// filter on the stage): the LED controller's own brightness stays with the vendor's tool. The hours come in
// the screen's config, which is kept on disk, so a board with no controller still opens and closes on time.
import type { ScreenConfig } from '../../schemas/types.ts';
import { hoursAt, type HoursState } from '../../shared/hours.ts';
import './hours.css';
import { gateFormatters } from './clockface.ts';
import { fontStack } from './fonts.ts';

/** Even with nothing due, look again this often (clock corrections, timer drift). */
const maxSleepMs = 60_000;

/** The corrected clock (ServerClock). */
interface Clock {
  now(): number;
}

/** Covers the stage outside the gate's hours and dims it; evaluate() again whenever the clock is corrected. */
export class HoursLayer {
  private readonly stage: HTMLElement;
  private readonly clock: Clock;
  private readonly cover: HTMLElement;
  private config: ScreenConfig | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;

  constructor(stage: HTMLElement, clock: Clock) {
    this.stage = stage;
    this.clock = clock;
    this.cover = stage.appendChild(document.createElement('div'));
    this.cover.className = 'hours-cover';
    this.cover.hidden = true;
  }

  /** Adopts the screen's config (its gate's hours, zone and name) and applies it at once. */
  configure(config: ScreenConfig): void {
    this.config = config;
    this.cover.replaceChildren();
    this.evaluate();
  }

  /** Applies the state due now and sets a timer for the next change. */
  evaluate(): void {
    clearTimeout(this.timer);
    const gate = this.config?.gate;
    if (!gate) return;
    const now = this.clock.now();
    const state = hoursAt(gate.hours, gate.timeZone, now);
    this.apply(state);
    // A few ms past the change, so that the next evaluation lands after it.
    const sleep =
      state.nextChangeAt === null ? maxSleepMs : Math.min(maxSleepMs, state.nextChangeAt - now + 5);
    this.timer = setTimeout(
      () => {
        this.evaluate();
      },
      Math.max(5, sleep),
    );
  }

  private apply(state: HoursState): void {
    const { stage, cover } = this;
    stage.dataset['hours'] = state.show;
    stage.dataset['brightness'] = String(state.brightness);
    stage.style.filter = state.brightness < 1 ? `brightness(${state.brightness})` : '';
    if (cover.dataset['show'] === state.show && cover.childElementCount > 0) return;
    cover.dataset['show'] = state.show;
    cover.hidden = state.show === 'content';
    clearInterval(this.tick);
    cover.replaceChildren();
    if (state.show === 'night') this.night();
    else if (state.show === 'black') cover.append(document.createElement('div')); // marks it drawn
  }

  /** The night template: the gate's name and its local time, dim, in our fonts. */
  private night(): void {
    const gate = this.config?.gate;
    if (!gate) return;
    const night = this.cover.appendChild(document.createElement('div'));
    night.className = 'hours-night';
    night.lang = 'vi';
    night.style.fontFamily = fontStack(null, 'vi');
    const name = night.appendChild(document.createElement('div'));
    name.className = 'hours-gate';
    name.textContent = gate.name;
    const time = night.appendChild(document.createElement('div'));
    time.className = 'hours-time';
    const format = gateFormatters(gate.timeZone).time;
    const update = () => {
      const text = format.format(new Date(this.clock.now()));
      if (time.textContent !== text) time.textContent = text;
    };
    update();
    this.tick = setInterval(update, 1000);
  }
}
