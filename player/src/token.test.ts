import { describe, expect, it } from 'vitest';
import { forgetEnrolment, storeEnrolled, takeCredentials } from './token.ts';

/** The parts of a window the token module uses: the address, the history and local storage. */
function fakeWindow(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const win = {
    location: { href },
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, url: string) {
        win.location.href = new URL(url, win.location.href).href;
      },
    },
    localStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    },
  };
  return { win: win as unknown as Window, storage, address: () => win.location.href };
}

const link = `gce_${'a'.repeat(43)}`;

describe('takeCredentials', () => {
  it("takes a link's enrolment token out of the address bar and keeps it only until it is exchanged", () => {
    const { win, storage, address } = fakeWindow(`https://signage.example/player/?token=${link}&x=1#h`);
    expect(takeCredentials(win)).toEqual({ device: null, enrolment: link, deviceTokenInUrl: false });
    expect(address()).toBe('https://signage.example/player/?x=1#h');
    // A reload before the controller answered goes on with the same link.
    expect(takeCredentials(win).enrolment).toBe(link);
    storeEnrolled(link, 'gcd_device', win);
    expect(takeCredentials(win)).toEqual({ device: 'gcd_device', enrolment: null, deviceTokenInUrl: false });
    expect(storage.has('gatecast.enrolment')).toBe(false);
  });

  it('does not ask again for the link it was enrolled with (a kiosk that boots from that link)', () => {
    const { win } = fakeWindow(`https://signage.example/player/?token=${link}`, {
      'gatecast.token': 'gcd_device',
      'gatecast.enrolled': link,
    });
    expect(takeCredentials(win)).toEqual({ device: 'gcd_device', enrolment: null, deviceTokenInUrl: false });
  });

  it('never keeps a device token found in the URL, and says it saw one', () => {
    const { win, storage, address } = fakeWindow('https://signage.example/player/?token=gcd_fromurl');
    expect(takeCredentials(win)).toEqual({ device: null, enrolment: null, deviceTokenInUrl: true });
    expect(address()).toBe('https://signage.example/player/');
    expect([...storage.values()]).toEqual([]);
  });

  it('forgets a refused link, and ?pair forgets everything', () => {
    const { win, storage } = fakeWindow(`https://signage.example/player/?token=${link}`, {
      'gatecast.token': 'gcd_old',
    });
    expect(takeCredentials(win).enrolment).toBe(link);
    forgetEnrolment(win);
    expect(takeCredentials(win)).toEqual({ device: 'gcd_old', enrolment: null, deviceTokenInUrl: false });
    win.history.replaceState(null, '', '/player/?pair');
    expect(takeCredentials(win)).toEqual({ device: null, enrolment: null, deviceTokenInUrl: false });
    expect(storage.size).toBe(0);
  });
});
