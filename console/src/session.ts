// sessionStorage: the admin token lives only as long as this browser tab.
const key = 'gatecast.console.apiToken';

/** The API token this tab signed in with, if any. */
export function loadToken(): string | null {
  return sessionStorage.getItem(key);
}

/** Remembers the API token for this tab. */
export function saveToken(token: string): void {
  sessionStorage.setItem(key, token);
}

/** Forgets the API token. */
export function clearToken(): void {
  sessionStorage.removeItem(key);
}
