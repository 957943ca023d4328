import { describe, expect, it } from 'vitest';
import type { PlayerEmergency } from '../../schemas/types.ts';
import { emergencyLanguageMs, emergencyLanguages, emergencySlot } from './override.slot.ts';

const t0 = Date.parse('2026-11-22T03:00:00Z');
const flood: PlayerEmergency = {
  id: 'flood',
  variants: { vi: { title: 'Lũ quét' }, km: { title: 'ទឹកជំនន់' } },
  expiresAt: t0 + 60_000,
  fonts: [],
};
const fire: PlayerEmergency = {
  ...flood,
  id: 'fire',
  variants: { en: { title: 'Fire' } },
  expiresAt: t0 + 20_000,
};

/** Khmer written first, with a title only; Vietnamese with its full text: the case of issue 16. */
const closure: PlayerEmergency = {
  id: 'closure',
  variants: {
    km: { title: 'បិទច្រកទ្វារ' },
    en: { title: 'Gate closed', body: 'The gate is closed until further notice.' },
    vi: { title: 'Tạm đóng cửa khẩu', body: 'Cửa khẩu tạm đóng cho đến khi có thông báo mới.' },
  },
  expiresAt: t0 + 600_000,
  since: t0,
  fonts: [],
};

/** What is drawn at `now` on a screen speaking `languages`: lang, title, body and the body's lang. */
function drawn(emergencies: PlayerEmergency[], now: number, languages: string[]) {
  const slot = emergencySlot(emergencies, now, languages);
  return slot && [slot.lang, slot.variant.title, slot.variant.body, slot.bodyLang ?? slot.lang];
}

describe('emergencySlot', () => {
  it('shows each language of each live emergency in turn, from the clock alone', () => {
    const seen = [0, 1, 2, 3].map((i) => {
      const slot = emergencySlot(
        [flood, { ...fire, expiresAt: t0 + 60_000 }],
        t0 + i * emergencyLanguageMs + 1,
      );
      return `${slot?.emergency.id}/${slot?.lang}`;
    });
    // Three pages (vi, km, en) rotate; page i is due in window i, the same on every screen.
    expect(new Set(seen).size).toBe(3);
    expect(seen[3]).toBe(seen[0]);
  });

  it('drops an emergency at its expiry, and wakes up no later than that', () => {
    const before = emergencySlot([fire], t0 + 19_000);
    expect(before?.emergency.id).toBe('fire');
    expect(before?.remaining).toBeLessThanOrEqual(1_000);
    expect(emergencySlot([fire], t0 + 20_000)).toBeNull();
    expect(emergencySlot([], t0)).toBeNull();
  });

  it("opens on the gate's first language with its full text, whatever order the variants were written in", () => {
    const gate = ['vi', 'km', 'en'];
    expect(drawn([closure], t0 + 1, gate)).toEqual([
      'vi',
      'Tạm đóng cửa khẩu',
      'Cửa khẩu tạm đóng cho đến khi có thông báo mới.',
      'vi',
    ]);
    // Then Khmer: its own title over the Vietnamese body (drawn as Vietnamese), never a bare title.
    expect(drawn([closure], t0 + emergencyLanguageMs + 1, gate)).toEqual([
      'km',
      'បិទច្រកទ្វារ',
      'Cửa khẩu tạm đóng cho đến khi có thông báo mới.',
      'vi',
    ]);
    expect(drawn([closure], t0 + 2 * emergencyLanguageMs + 1, gate)?.[0]).toBe('en');
    expect(drawn([closure], t0 + 3 * emergencyLanguageMs + 1, gate)?.[0]).toBe('vi');
  });

  it('opens on the same page on every screen of the gate, and on the first one when the clock is a little behind', () => {
    const gate = ['vi', 'km', 'en'];
    expect(drawn([closure], t0 - 30, gate)?.[0]).toBe('vi');
    expect(emergencySlot([closure], t0 - 30, gate)?.remaining).toBe(emergencyLanguageMs + 30);
    expect(emergencySlot([closure], t0 + 3_000, gate)?.remaining).toBe(emergencyLanguageMs - 3_000);
  });

  it('puts an emergency that just went live first, on its first language', () => {
    const older = {
      ...flood,
      variants: { vi: { title: 'Lũ quét', body: 'Tránh xa bờ sông.' } },
      since: t0 - 5_000,
    };
    const newer = { ...closure, since: t0 + 20_000, expiresAt: t0 + 600_000 };
    const slot = emergencySlot([older, newer], t0 + 20_001, ['vi', 'km', 'en']);
    expect([slot?.emergency.id, slot?.lang]).toEqual(['closure', 'vi']);
  });
});

describe('emergencyLanguages', () => {
  it("starts on the first of the gate's languages that has the fullest text", () => {
    // Vietnamese has only a title here; English, next in the gate's order with a body, opens.
    const partial: PlayerEmergency = {
      ...closure,
      variants: {
        vi: { title: 'Đóng cửa' },
        km: { title: 'បិទ' },
        en: { title: 'Closed', body: 'Until noon.' },
      },
    };
    expect(emergencyLanguages(partial, ['vi', 'km', 'en'])).toEqual(['en', 'vi', 'km']);
  });

  it("without the gate's languages, starts on the first variant with the fullest text", () => {
    expect(emergencyLanguages(closure, [])).toEqual(['en', 'km', 'vi']);
    expect(emergencyLanguages(closure, ['lo'])).toEqual(['en', 'km', 'vi']);
  });

  it('shows languages the screen does not list after its own, and leaves out a variant without text', () => {
    const extra: PlayerEmergency = {
      ...closure,
      variants: { zh: { title: '关闭' }, lo: { title: ' ' }, ...closure.variants },
    };
    expect(emergencyLanguages(extra, ['vi', 'km'])).toEqual(['vi', 'km', 'zh', 'en']);
  });
});
