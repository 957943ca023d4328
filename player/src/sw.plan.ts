// What the service worker does with a request, decided without touching a cache: pure, so it is tested.

/** The app shell as the build describes it (player/vite.config.ts writes it into sw.js). */
export interface ShellBuild {
  /** Changes whenever any file of the shell does. */
  version: string;
  /** Files relative to the scope: index.html, assets/… (script, style, fonts). */
  files: string[];
}

/** Every cache of the shell is named with this prefix and the build's version. */
export const shellCachePrefix = 'gatecast-shell-';

/** The build's shell from the string the build put in sw.js; null in `vite dev`, where nothing is cached. */
export function parseShell(text: string): ShellBuild | null {
  try {
    const shell = JSON.parse(text) as Partial<ShellBuild>;
    if (typeof shell.version !== 'string' || !Array.isArray(shell.files)) return null;
    return { version: shell.version, files: shell.files.filter((f) => typeof f === 'string') };
  } catch {
    return null;
  }
}

/** The absolute URLs to cache for a shell under a scope (e.g. https://host/player/). */
export function shellUrls(shell: ShellBuild, scope: string): string[] {
  return shell.files.map((file) => new URL(file, scope).href);
}

/**
 * The cached URL that answers a request, or null to leave it to the network. Pages of the scope (any query:
 * ?token=…, ?pair) are the shell's index.html; files of the shell are themselves. Everything else (the
 * socket, /media, /api) is not the worker's business.
 */
export function shellKeyFor(
  request: { url: string; method: string; mode: string },
  shell: ShellBuild,
  scope: string,
): string | null {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  const base = new URL(scope);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  const path = url.pathname.slice(base.pathname.length);
  if (request.mode === 'navigate') {
    return path === '' || path === 'index.html' ? new URL('index.html', base).href : null;
  }
  return shell.files.includes(path) ? new URL(path, base).href : null;
}

/** Caches of earlier shells, to delete once this one is active. */
export function staleShellCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(shellCachePrefix) && name !== current);
}
