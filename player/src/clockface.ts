// The gate's clock: as a playlist item (large, fitted to the stage) and on the idle screen (small).
import { zonedFormat } from '../../shared/date.format.ts';
import { fitText } from './fit.ts';
import type { Rendered } from './stage.ts';

/** What a clock needs: the corrected time, the gate's zone, and the stage height to size itself. */
export interface ClockSource {
  now(): number;
  timeZone: string | undefined;
  stageHeight: number;
}

/** Formats instants as the gate's local time (HH:mm) and date, in Vietnamese. */
export function gateFormatters(timeZone: string | undefined): {
  time: Intl.DateTimeFormat;
  date: Intl.DateTimeFormat;
} {
  return {
    time: zonedFormat('vi-VN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    date: zonedFormat('vi-VN', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  };
}

/** A full-stage clock item: large time, date below. */
export function renderClock(source: ClockSource): Rendered {
  const block = clockBlock('clock', source, (block) => fitText(block, source.stageHeight / 2));
  block.element.dataset['entryType'] = 'clock';
  return block;
}

/** The neutral screen when nothing is scheduled: black, with the gate's time small in the middle. */
export function renderIdle(source: ClockSource): Rendered {
  const block = clockBlock('idle', source, (block) => {
    block.style.fontSize = `${Math.max(12, Math.round(source.stageHeight / 12))}px`;
  });
  block.element.dataset['entryType'] = 'idle';
  return block;
}

function clockBlock(className: string, source: ClockSource, size: (block: HTMLElement) => void): Rendered {
  const format = gateFormatters(source.timeZone);
  const element = document.createElement('div');
  element.className = className;
  element.lang = 'vi';
  const time = element.appendChild(document.createElement('div'));
  time.className = 'clock-time';
  const date = element.appendChild(document.createElement('div'));
  date.className = 'clock-date';

  const update = () => {
    const now = new Date(source.now());
    const [t, d] = [format.time.format(now), format.date.format(now)];
    if (t === time.textContent && d === date.textContent) return false;
    time.textContent = t;
    date.textContent = d;
    return true;
  };
  update();
  // Checked every second, redrawn (and refitted) only when the minute or the date changes.
  const timer = setInterval(() => {
    if (update()) size(element);
  }, 1000);
  return {
    element,
    prepare: () => {
      size(element);
      return Promise.resolve();
    },
    dispose: () => {
      clearInterval(timer);
    },
  };
}
