import { describe, expect, it } from 'vitest';
import { emergencyTemplates, fillFromTemplate, templateText } from './emergency-templates.ts';

const weather = emergencyTemplates.find((x) => x.id === 'weather-closure')!;

describe('emergency templates', () => {
  it('has every template in Vietnamese, Khmer, Lao, English and Chinese', () => {
    for (const template of emergencyTemplates)
      expect(Object.keys(template.texts).sort()).toEqual(['en', 'km', 'lo', 'vi', 'zh-Hans']);
  });

  it('fills the languages of the target gates, by base language when the tag differs, and keeps the rest', () => {
    const filled = fillFromTemplate(weather, ['vi', 'zh', 'jra'], { jra: 'Jrai text by hand', en: 'kept' });
    expect(filled.vi).toContain('Cửa khẩu tạm đóng');
    expect(filled.zh).toBe(weather.texts['zh-Hans']);
    expect(filled.jra).toBe('Jrai text by hand');
    expect(filled.en).toBe('kept'); // not a target language: left alone
    expect(templateText(weather, 'bdq')).toBeUndefined();
  });
});
