import { describe, expect, it } from 'vitest';
import { exerciseWords } from './exercise.words.ts';

describe('exerciseWords', () => {
  it("gives each of the emergency's languages its own word, in the emergency's order", () => {
    expect(exerciseWords(['vi', 'km', 'en', 'zh-Hans'])).toEqual([
      { lang: 'vi', text: 'DIỄN TẬP' },
      { lang: 'km', text: 'សមយុទ្ធ' },
      { lang: 'en', text: 'EXERCISE' },
      { lang: 'zh-Hans', text: '演习' },
    ]);
    expect(exerciseWords(['lo', 'vi']).map((w) => w.text)).toEqual(['ການຊ້ອມ', 'DIỄN TẬP']);
  });

  it('writes the Vietnamese word for the minority languages, once, and English for any other', () => {
    expect(exerciseWords(['jra', 'vi', 'bdq'])).toEqual([{ lang: 'vi', text: 'DIỄN TẬP' }]);
    expect(exerciseWords(['tmm-Tavt', 'fr', 'en'])).toEqual([
      { lang: 'vi', text: 'DIỄN TẬP' },
      { lang: 'en', text: 'EXERCISE' },
    ]);
    expect(exerciseWords([])).toEqual([]);
  });
});
