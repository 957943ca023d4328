// Where the player's credential comes from. Its device token is never in the page URL: it comes by pairing,
// or from a player link (/player/?token=gce_…) whose single-use enrolment token the player exchanges once,
// over the /pairing socket, for its device token. The device token then lives in local storage, so a
// reboot or a reload reconnects with nothing in the address bar. /player/?pair forgets it (e.g. a revoked
// one) and shows a pairing code again.

const storageKey = 'gatecast.token';
/** A link's enrolment token until the controller has answered its exchange (a reload meanwhile goes on). */
const enrolmentKey = 'gatecast.enrolment';
/** The link this player was enrolled with: a kiosk that opens that link at every boot does not ask again. */
const enrolledKey = 'gatecast.enrolled';

export interface Credentials {
  /** The stored device token, if any. */
  device: string | null;
  /** A link's enrolment token still to be exchanged. */
  enrolment: string | null;
  /** The URL carried a device token, which the player no longer takes from a URL (an old link). */
  deviceTokenInUrl: boolean;
}

/**
 * What the page starts with. Called first of all: a token in the URL leaves the address bar (and the
 * history entry) before anything else runs or loads.
 */
export function takeCredentials(win: Window = window): Credentials {
  const url = new URL(win.location.href);
  if (url.searchParams.has('pair')) {
    url.searchParams.delete('pair');
    replaceUrl(win, url);
    for (const key of [storageKey, enrolmentKey, enrolledKey]) write(win, key, null);
    return { device: null, enrolment: null, deviceTokenInUrl: false };
  }
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    url.searchParams.delete('token');
    replaceUrl(win, url);
  }
  const device = read(win, storageKey);
  if (fromUrl?.startsWith('gce_')) {
    if (device && fromUrl === read(win, enrolledKey))
      return { device, enrolment: null, deviceTokenInUrl: false };
    write(win, enrolmentKey, fromUrl);
    return { device, enrolment: fromUrl, deviceTokenInUrl: false };
  }
  return { device, enrolment: read(win, enrolmentKey), deviceTokenInUrl: !!fromUrl };
}

/** Keeps a token received by pairing, so that the player never shows a pairing code again. */
export function storeDeviceToken(token: string, win: Window = window): void {
  write(win, storageKey, token);
}

/** The link's enrolment token was exchanged for this device token: keep it, and remember the link. */
export function storeEnrolled(enrolment: string, token: string, win: Window = window): void {
  write(win, storageKey, token);
  write(win, enrolledKey, enrolment);
  write(win, enrolmentKey, null);
}

/** The controller refused the link's enrolment token (used, expired, unknown): do not try it again. */
export function forgetEnrolment(win: Window = window): void {
  write(win, enrolmentKey, null);
}

function replaceUrl(win: Window, url: URL): void {
  win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
}

function read(win: Window, key: string): string | null {
  try {
    const value = win.localStorage.getItem(key);
    return value === '' ? null : value;
  } catch {
    return null; // storage disabled: the token only lives as long as the page
  }
}

function write(win: Window, key: string, value: string | null): void {
  try {
    if (value === null) win.localStorage.removeItem(key);
    else win.localStorage.setItem(key, value);
  } catch {
    // Storage disabled or full: keep playing with the token we have.
  }
}
