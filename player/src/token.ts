// The device token arrives once in the page URL (/player/?token=...), then lives in local storage so
// that a reboot or a reload reconnects without it being visible in the address bar.

const storageKey = 'gatecast.token';

/** The device token: taken from the URL (then stored and removed from the address bar), else from storage. */
export function takeDeviceToken(win: Window = window): string | null {
  const url = new URL(win.location.href);
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

function read(win: Window): string | null {
  try {
    const token = win.localStorage.getItem(storageKey);
    return token === '' ? null : token;
  } catch {
    return null; // storage disabled: the token only lives as long as the page
  }
}

function write(win: Window, token: string): void {
  try {
    win.localStorage.setItem(storageKey, token);
  } catch {
    // Storage disabled or full: keep playing with the token from the URL.
  }
}
