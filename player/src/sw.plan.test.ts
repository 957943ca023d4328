import { describe, expect, it } from 'vitest';
import { parseShell, shellKeyFor, shellUrls, staleShellCaches, type ShellBuild } from './sw.plan.ts';

const scope = 'https://signage.example.gov.vn/player/';
const shell: ShellBuild = {
  version: 'abc123',
  files: ['index.html', 'assets/index-X1.js', 'assets/index-Y2.css', 'assets/noto-sans-khmer-400-Z3.woff2'],
};
const get = (url: string, mode = 'no-cors') => ({ url, method: 'GET', mode });

describe('parseShell', () => {
  it('reads the list the build wrote, and gives null for the unbuilt placeholder', () => {
    expect(parseShell(JSON.stringify(shell))).toEqual(shell);
    expect(parseShell('__GATECAST_SHELL__')).toBeNull();
    expect(parseShell('{"files":[]}')).toBeNull();
  });
});

describe('shellUrls', () => {
  it('resolves the files under the scope', () => {
    expect(shellUrls(shell, scope)).toEqual([
      `${scope}index.html`,
      `${scope}assets/index-X1.js`,
      `${scope}assets/index-Y2.css`,
      `${scope}assets/noto-sans-khmer-400-Z3.woff2`,
    ]);
  });
});

describe('shellKeyFor', () => {
  it('answers every page of the scope, whatever its query, with the cached index.html', () => {
    for (const page of [scope, `${scope}?token=gce_x`, `${scope}?pair`, `${scope}index.html`]) {
      expect(shellKeyFor(get(page, 'navigate'), shell, scope)).toBe(`${scope}index.html`);
    }
  });

  it('answers the files of the shell (script, style, fonts) from the cache', () => {
    expect(shellKeyFor(get(`${scope}assets/index-X1.js`, 'cors'), shell, scope)).toBe(
      `${scope}assets/index-X1.js`,
    );
    expect(shellKeyFor(get(`${scope}assets/noto-sans-khmer-400-Z3.woff2`, 'cors'), shell, scope)).toBe(
      `${scope}assets/noto-sans-khmer-400-Z3.woff2`,
    );
  });

  it('leaves media, the API, other builds, other pages and writes to the network', () => {
    const origin = new URL(scope).origin;
    expect(shellKeyFor(get(`${origin}/media/9d1e`), shell, scope)).toBeNull();
    expect(shellKeyFor(get(`${origin}/socket.io/?EIO=4`), shell, scope)).toBeNull();
    expect(shellKeyFor(get(`${scope}assets/index-OLD.js`), shell, scope)).toBeNull();
    expect(shellKeyFor(get(`${origin}/console/`, 'navigate'), shell, scope)).toBeNull();
    expect(shellKeyFor(get(`${scope}other.html`, 'navigate'), shell, scope)).toBeNull();
    expect(shellKeyFor(get(`https://elsewhere.example/player/assets/index-X1.js`), shell, scope)).toBeNull();
    expect(
      shellKeyFor({ url: `${scope}index.html`, method: 'POST', mode: 'navigate' }, shell, scope),
    ).toBeNull();
  });
});

describe('staleShellCaches', () => {
  it('names the caches of earlier shells only', () => {
    expect(
      staleShellCaches(['gatecast-shell-old', 'gatecast-shell-new', 'gatecast-media'], 'gatecast-shell-new'),
    ).toEqual(['gatecast-shell-old']);
  });
});
