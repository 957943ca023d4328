// A drill (a CAP Exercise or Test alert) is shown like any emergency, under a large translucent
// "DIỄN TẬP / EXERCISE" mark: one word per language of the emergency, each marked with its `lang` and drawn
// with that language's bundled font, so that nobody at the gate mistakes it for a real alert.
import './exercise.css';
import type { PlayerEmergency } from '../../schemas/types.ts';
import { exerciseWords } from './exercise.words.ts';
import { fontStack } from './fonts.ts';
import { emergencyLanguages } from './override.slot.ts';

/** Share of the box the mark may take: it must read as a mark, not as the message. */
const widthShare = 0.85;
const heightShare = 0.8;

/** The words of a drill's mark, in the order the screen shows the emergency's languages. */
function wordsOf(emergency: PlayerEmergency, screenLanguages: readonly string[]) {
  return exerciseWords(emergencyLanguages(emergency, screenLanguages));
}

/** The watermark of a drill, not yet sized (see fitExerciseMark). */
export function exerciseMark(emergency: PlayerEmergency, screenLanguages: readonly string[]): HTMLElement {
  const mark = document.createElement('div');
  mark.className = 'exercise-mark';
  mark.dataset['exercise'] = emergency.id;
  for (const word of wordsOf(emergency, screenLanguages)) {
    const line = mark.appendChild(document.createElement('span'));
    line.className = 'exercise-word';
    line.lang = word.lang;
    line.dataset['lang'] = word.lang;
    line.style.fontFamily = fontStack(emergency, word.lang);
    line.textContent = word.text;
  }
  return mark;
}

/** Sizes a mark laid out in a width×height box: as large as its lines fit, across most of the box. */
export function fitExerciseMark(mark: HTMLElement, width: number, height: number): void {
  const lines = [...mark.children] as HTMLElement[];
  if (lines.length === 0 || width <= 0 || height <= 0) return;
  let px = Math.max(8, Math.floor((height * heightShare) / (lines.length * 1.4)));
  mark.style.fontSize = `${px}px`;
  // offsetWidth: the line's own width, before the mark's rotation.
  const widest = Math.max(...lines.map((l) => l.offsetWidth));
  if (widest > width * widthShare) px = Math.max(8, Math.floor((px * width * widthShare) / widest));
  mark.style.fontSize = `${px}px`;
}

/** Loads the bold faces the mark's words need, so that it is measured with them. */
export async function loadExerciseFonts(emergency: PlayerEmergency): Promise<void> {
  if (!emergency.exercise) return;
  const words = wordsOf(emergency, []);
  await Promise.all(
    words.map((w) => document.fonts.load(`700 32px ${fontStack(emergency, w.lang)}`, w.text)),
  );
}
