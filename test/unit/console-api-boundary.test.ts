import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The rules that keep console pages on the typed client (eslint.config.mjs), as ESLint resolves them for
// a console page: `npm run lint` applies them to console/src; here they are shown to catch what they are
// for, to leave alone what they are not for, and to apply to pages but not to the client modules.
const eslint = new ESLint();
const restrictedRules = async (file: string): Promise<Linter.RulesRecord> => {
  const { rules = {} } = (await eslint.calculateConfigForFile(file)) as Linter.Config;
  const restricted: Linter.RulesRecord = {};
  for (const [name, setting] of Object.entries(rules))
    if (name.startsWith('no-restricted-') && setting !== undefined) restricted[name] = setting;
  return restricted;
};
const pageRules = await restrictedRules('console/src/fleet.tsx');
const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: pageRules,
  },
];
const problems = (code: string) =>
  linter.verify(code, config, { filename: 'page.tsx' }).map((m) => `${m.ruleId ?? ''}: ${m.message}`);

describe('console pages reach the API only through the typed client', () => {
  it.each([
    ["api.get('/api/v1/gates');", 'a path string'],
    ['const u = `/api/v1/screens/${id}/tokens`;', 'a path template'],
    ['<img src={`/api/v1/assets/${id}/thumbnail`} />;', 'a thumbnail address'],
    ["const link = <a href='/api/openapi.json' />;", 'the document address'],
    ['const src = `/media/${sha}`;', 'a media address'],
    ["const u = base + '/api/v1/fleet';", 'a path appended to a base'],
  ])('refuses %s (%s)', (code) => {
    expect(problems(code)).toEqual([expect.stringMatching(/^no-restricted-syntax: No API path in a page/)]);
  });

  it.each([
    ['const gates = (await api.gates()) as Gate[];', 'an awaited reply'],
    ['const g = api.gates() as Promise<Gate[]>;', 'a client call'],
    ['const g = (await res.json()) as Gate;', 'a parsed body'],
    ['const g = res.json() as Promise<Gate>;', 'a body parser'],
    ['const items = tokens.data as DeviceToken[];', "a loaded reply's data"],
    ['const items = tokens.data?.items as DeviceToken[];', "a loaded reply's items"],
    ['const a = xhr.response as Asset;', "an XHR's response"],
    ['load().then((r) => setRows(r as Row[]));', 'a promise callback'],
  ])('refuses a cast of %s (%s)', (code) => {
    expect(problems(code)).toContainEqual(
      expect.stringMatching(/^no-restricted-syntax: An API reply is typed by the contract/),
    );
  });

  it.each([
    ["fetch('/x');", 'fetch'],
    ["window.fetch('/x');", 'window.fetch'],
    ['new XMLHttpRequest();', 'XMLHttpRequest'],
  ])('refuses %s', (code) => {
    expect(problems(code).join('\n')).toMatch(/No (fetch|XMLHttpRequest) in a page/);
  });

  it('lets a page call the client, cast a DOM value, read an event and link elsewhere', () => {
    const code = [
      'const gates = await api.gates();',
      "const pick = e.currentTarget.value as 'day' | 'week';",
      'const data = event.data as { type?: unknown } | null;',
      'const keys = Object.keys(sortKeys) as FleetSort[];',
      "const here = <a href='#/fleet'>{t('fleet')}</a>;",
      "const lang = 'vi' as const;",
    ].join('\n');
    expect(problems(code)).toEqual([]);
  });

  it('applies to every console page and component, not to the client modules', async () => {
    expect(Object.keys(pageRules).sort()).toEqual([
      'no-restricted-globals',
      'no-restricted-properties',
      'no-restricted-syntax',
    ]);
    for (const page of ['console/src/reports.tsx', 'console/src/languages.ts', 'console/src/hooks.ts'])
      expect(await restrictedRules(page)).toEqual(pageRules);
    for (const client of ['console/src/api.ts', 'console/src/monitor-api.ts', 'console/src/upload.ts'])
      expect(await restrictedRules(client)).toEqual({});
  });
});
