import { describe, expect, it } from 'vitest';
import {
  eventKey,
  fillTemplate,
  formatInstant,
  severityWord,
  templateMatches,
  unknownPlaceholders,
  urgencyWord,
  type TemplateFields,
} from './alert.template.ts';

// 22 Nov 2026 17:05 UTC: already 23 Nov 00:05 at the gates (UTC+7), 01:05 in China (UTC+8).
const lateEvening = Date.UTC(2026, 10, 22, 17, 5);
const afternoon = Date.UTC(2026, 10, 23, 6, 30); // 13:30 at the gates
const HCM = 'Asia/Ho_Chi_Minh';

const fields = (over: Partial<TemplateFields> = {}): TemplateFields => ({
  event: 'Lũ quét',
  severity: 'Extreme',
  urgency: 'Immediate',
  sender: 'Đài Khí tượng Thủy văn An Giang',
  ...over,
});

describe('eventKey and templateMatches', () => {
  it('matches an event whatever its case, spacing at the ends or Unicode form', () => {
    const nfd = ' LŨ QUÉT '.normalize('NFD');
    expect(eventKey(nfd)).toBe('lũ quét'.normalize('NFC'));
    expect(templateMatches({ event: 'lũ quét' }, ['Storm', nfd])).toBe(true);
    expect(templateMatches({ event: 'FLOOD' }, ['flood'])).toBe(true);
  });

  it('does not match an event that only contains the template’s', () => {
    expect(templateMatches({ event: 'Flood' }, ['Flood warning', 'Flash flood'])).toBe(false);
    expect(templateMatches({ event: 'Flood' }, [])).toBe(false);
  });
});

describe('fillTemplate', () => {
  it('writes a Khmer onset in the gate’s local time, 24-hour, the Khmer way', () => {
    const v = fillTemplate(
      { lang: 'km', title: 'ការព្រមាន {event}', body: 'ចាប់ពី {onset}' },
      fields({ event: 'ទឹកជំនន់', onset: lateEvening }),
      HCM,
    );
    expect(v.title).toBe('ការព្រមាន ទឹកជំនន់');
    expect(v.body).toContain('00:05');
    expect(v.body).toContain('23 វិច្ឆិកា 2026');
    expect(v.body).not.toContain('17:05');
  });

  it('writes the same instant an hour later in China, and afternoons on a 24-hour clock in English', () => {
    const zh = fillTemplate(
      { lang: 'zh-Hans', title: '{onset}' },
      fields({ onset: lateEvening }),
      'Asia/Shanghai',
    );
    expect(zh.title).toBe('2026年11月23日 01:05');
    const en = fillTemplate({ lang: 'en', title: 'Until {expires}' }, fields({ expires: afternoon }), HCM);
    expect(en.title).toContain('13:30');
    expect(en.title).not.toMatch(/PM|1:30/);
  });

  it('writes times the Vietnamese way for a language ICU does not know (Jrai, Tai Viet)', () => {
    for (const lang of ['jra', 'bdq', 'tmm-Tavt']) {
      const v = fillTemplate({ lang, title: '{expires}' }, fields({ expires: lateEvening }), HCM);
      expect(v.title).toBe(formatInstant(lateEvening, 'vi', HCM));
      expect(v.title).toContain('tháng 11');
    }
  });

  it('writes severity and urgency in the template’s language, in Vietnamese for the minority languages', () => {
    const words = (lang: string) =>
      fillTemplate({ lang, title: '{severity} / {urgency}' }, fields(), HCM).title;
    expect(words('vi')).toBe('Cực kỳ nghiêm trọng / Cần hành động ngay');
    expect(words('en')).toBe('Extreme / Immediate');
    expect(words('km')).toBe('ធ្ងន់ធ្ងរបំផុត / បន្ទាន់');
    expect(words('lo')).toBe('ຮ້າຍແຮງທີ່ສຸດ / ດ່ວນ');
    expect(words('zh-Hans')).toBe('特别严重 / 立即');
    expect(words('jra')).toBe(words('vi'));
    expect(words('tmm-Tavt')).toBe(words('vi'));
    expect(words('km-KH')).toBe(words('km'));
  });

  it('has a word for every severity and urgency in every language, none the same across levels', () => {
    const severities = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
    const urgencies = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
    for (const lang of ['vi', 'en', 'km', 'lo', 'zh-Hans']) {
      const s = severities.map((x) => severityWord(x, lang));
      const u = urgencies.map((x) => urgencyWord(x, lang));
      expect(new Set(s).size, lang).toBe(5);
      expect(new Set(u).size, lang).toBe(5);
      for (const w of [...s, ...u]) expect(w, lang).toBe(w.normalize('NFC'));
    }
  });

  it('leaves no trace of an absent field: no empty brackets, no dangling separator, single spaces', () => {
    const v = fillTemplate(
      {
        lang: 'vi',
        title: 'Cảnh báo {event} ({area})',
        body: '{headline}, hết hạn: {expires}.\n[{area}]\nMức độ:  {severity}',
      },
      fields(),
      HCM,
    );
    expect(v).toEqual({ title: 'Cảnh báo Lũ quét', body: 'hết hạn.\n\nMức độ: Cực kỳ nghiêm trọng' });
  });

  it('fills every field that is there, and leaves a name that is no placeholder as written', () => {
    const v = fillTemplate(
      {
        lang: 'vi',
        title: '{headline} ({area})',
        body: '{instruction} — {sender} {unknown}',
      },
      fields({ headline: 'Lũ quét ở Tịnh Biên', area: 'Tịnh Biên', instruction: 'Lên chỗ cao.' }),
      HCM,
    );
    expect(v).toEqual({
      title: 'Lũ quét ở Tịnh Biên (Tịnh Biên)',
      body: 'Lên chỗ cao. — Đài Khí tượng Thủy văn An Giang {unknown}',
    });
  });

  it('falls back to the event for a title left empty, and leaves out a body left empty', () => {
    expect(fillTemplate({ lang: 'vi', title: '{headline}', body: '{instruction}' }, fields(), HCM)).toEqual({
      title: 'Lũ quét',
    });
  });

  it('answers NFC whatever form the template and the alert came in', () => {
    const v = fillTemplate(
      { lang: 'vi', title: 'Cảnh báo {event}'.normalize('NFD'), body: '{area}' },
      fields({ event: 'Lũ quét'.normalize('NFD'), area: 'Tịnh Biên'.normalize('NFD') }),
      HCM,
    );
    expect(v.title).toBe('Cảnh báo Lũ quét'.normalize('NFC'));
    expect(v.body).toBe('Tịnh Biên'.normalize('NFC'));
    expect(v.title).not.toBe(v.title?.normalize('NFD'));
  });

  it('cuts a body that a long field makes too long between Khmer clusters, within the variant’s limits', () => {
    // A cluster with a coeng subscript: cutting inside it would strand the subscript.
    const long = 'ស្ត្រី'.repeat(1000);
    const v = fillTemplate(
      { lang: 'km', title: '{instruction}', body: 'ក {instruction}' },
      fields({ instruction: long }),
      HCM,
    );
    for (const [text, max] of [
      [v.title ?? '', 300],
      [v.body ?? '', 4000],
    ] as const) {
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text.length).toBeGreaterThan(max - 10);
      expect(text.endsWith('…')).toBe(true);
      const kept = text.slice(0, -1);
      const full = text === v.title ? long : `ក ${long}`;
      expect(full.startsWith(kept)).toBe(true);
      const boundaries = new Set(
        [...new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(full)].map((s) => s.index),
      );
      expect(boundaries.has(kept.length)).toBe(true);
    }
  });
});

describe('unknownPlaceholders', () => {
  it('names each unknown {name} once, including a known one in the wrong case', () => {
    expect(unknownPlaceholders('{event} {onsett} {Event} {onsett} { } {1}')).toEqual(['onsett', 'Event']);
    expect(
      unknownPlaceholders('{event}{headline}{severity}{urgency}{onset}{expires}{instruction}{area}{sender}'),
    ).toEqual([]);
  });
});
