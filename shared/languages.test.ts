import { describe, expect, it } from 'vitest';
import { hasText, screenLanguages } from './languages.ts';

describe('screenLanguages', () => {
  const gate = { languages: ['vi', 'km', 'en'] };
  it('is the screen’s own list, else its gate’s', () => {
    expect(screenLanguages({ languages: ['vi', 'lo'] }, gate)).toEqual(['vi', 'lo']);
    expect(screenLanguages({ languages: [] }, gate)).toEqual(['vi', 'km', 'en']);
    expect(screenLanguages({}, gate)).toEqual(['vi', 'km', 'en']);
  });
});

describe('hasText', () => {
  it('is true for a title, body or ticker that is not blank', () => {
    expect(hasText({ title: 'Chào mừng' })).toBe(true);
    expect(hasText({ body: ' x ' })).toBe(true);
    expect(hasText({ ticker: 'Welcome' })).toBe(true);
    expect(hasText({ title: '  ', body: '\n' })).toBe(false);
    expect(hasText({})).toBe(false);
    expect(hasText(undefined)).toBe(false);
  });
});
