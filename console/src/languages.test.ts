import { describe, expect, it } from 'vitest';
import type { Gate, Playlist, Schedule, Screen } from './api.ts';
import { gatesOfMessage, languagesNeeded, missingLanguages } from './languages.ts';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const gate = (id: string, name: string, languages: string[]): Gate =>
  ({
    id,
    name,
    languages,
    province: 'P',
    borderCountry: 'LA',
    timeZone: 'Asia/Ho_Chi_Minh',
    ...meta,
  }) as Gate;
const screen = (id: string, gateId: string, languages?: string[]): Screen => ({
  id,
  gateId,
  name: id,
  kind: 'led',
  width: 800,
  height: 500,
  ...(languages ? { languages } : {}),
  ...meta,
});

describe('the languages a message needs', () => {
  const naMeo = gate('na-meo', 'Na Mèo', ['vi', 'en']);
  const tinhBien = gate('tinh-bien', 'Tịnh Biên', ['vi', 'km', 'en']);
  const gates = [naMeo, tinhBien];
  const screens = [screen('led', 'na-meo', ['vi', 'lo', 'en']), screen('kiosk', 'tinh-bien')];
  const playlists = [
    { id: 'pl', name: 'p', items: [{ type: 'message', messageId: 'm', duration: 10 }], ...meta },
  ] as Playlist[];
  const schedules = [
    {
      id: 's',
      name: 's',
      playlistId: 'pl',
      targets: { gates: ['na-meo'] },
      recurrence: { type: 'always' },
      ...meta,
    },
  ] as unknown as Schedule[];

  it('follows the schedules of the playlists that name it to their gates', () => {
    expect(
      [...gatesOfMessage({ id: 'm', gateId: 'tinh-bien' }, playlists, schedules, screens, gates)].sort(),
    ).toEqual(['na-meo', 'tinh-bien']);
    expect([...gatesOfMessage({ id: 'other' }, playlists, schedules, screens, gates)]).toEqual([]);
  });

  it('follows group tags as the compiler does: a provincial schedule’s only within its province', () => {
    const tagged = [
      { ...screen('kiosk', 'tinh-bien'), groups: ['kiosk'] },
      { ...screen('led', 'na-meo'), groups: ['kiosk'] },
    ];
    const inProvinces = [
      { ...naMeo, province: 'Thanh Hóa' },
      { ...tinhBien, province: 'An Giang' },
    ];
    const byTag = (owner?: object) =>
      [
        { ...schedules[0], targets: { groups: ['kiosk'] }, ...(owner ? { owner } : {}) },
      ] as unknown as Schedule[];
    const reached = (list: Schedule[]) => [
      ...gatesOfMessage({ id: 'm' }, playlists, list, tagged, inProvinces),
    ];
    expect(reached(byTag()).sort()).toEqual(['na-meo', 'tinh-bien']);
    expect(reached(byTag({ provinces: ['An Giang'] }))).toEqual(['tinh-bien']);
  });

  it('flags Lao for a gate whose screen needs it, even when the gate itself does not list it', () => {
    const needed = languagesNeeded(new Set(['na-meo']), [naMeo, tinhBien], screens);
    const missing = missingLanguages(
      { vi: { title: 'Chào mừng' }, en: { title: 'Welcome' }, lo: { title: '  ' } },
      needed,
    );
    expect(missing).toEqual([['lo', ['Na Mèo']]]);
  });

  it('uses the gate languages for screens without their own', () => {
    const needed = languagesNeeded(new Set(['tinh-bien']), [naMeo, tinhBien], screens);
    expect(missingLanguages({ vi: { title: 'Chào' } }, needed).map(([l]) => l)).toEqual(['km', 'en']);
  });
});
