// The device token arrives once in the page URL (/player/?token=...) or by pairing, then lives in local
// storage so that a reboot or a reload reconnects without it being visible in the address bar.
// /player/?pair forgets a stored token (e.g. a revoked one) and shows a pairing code again.

const storageKey = 'gatecast.token';

/** The device token: taken from the URL (then stored and removed from the address bar), else from storage. */
export function takeDeviceToken(win: Window = window): string | null {
  const url = new URL(win.location.href);
  if (url.searchParams.has('pair')) {
    url.searchParams.delete('pair');
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    write(win, null);
    return null;
  }
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    if (fromUrl !== '') {
      write(win, fromUrl);
      return fromUrl;
    }
  }
  return read(win);
}

/** Keeps a token received by pairing, so that the player never shows a pairing code again. */
export function storeDeviceToken(token: string, win: Window = window): void {
  write(win, token);
}

function read(win: Window): string | null {
  try {
    const token = win.localStorage.getItem(storageKey);
    return token === '' ? null : token;
  } catch {
    return null; // storage disabled: the token only lives as long as the page
  }
}

function write(win: Window, token: string | null): void {
  try {
    if (token === null) win.localStorage.removeItem(storageKey);
    else win.localStorage.setItem(storageKey, token);
  } catch {
    // Storage disabled or full: keep playing with the token we have.
  }
}
