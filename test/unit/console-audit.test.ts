import { readFileSync } from 'node:fs';
import { serverSources } from '../support/server-sources.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { auditActionText, lang, setLang } from '../../console/src/i18n.ts';

/**
 * Every action the server can write to the audit log, read from its source: literal actions, and the
 * templated ones of the entity service (`${noun}.create`…) and of approvals (`${n}.submit`…) expanded with
 * the nouns their rules and the approval service name.
 */
function actionsInServer(): Set<string> {
  const sources = serverSources().map((file) => readFileSync(file, 'utf8'));
  const all = sources.join('\n');
  const entityNouns = [...all.matchAll(/^\s{4}noun: '([a-z]+)',$/gm)].map((m) => m[1] ?? '');
  const reviewed = [
    ...(/const reviewed[^=]*= \[([^\]]*)\]/.exec(all)?.[1] ?? '').matchAll(/'([a-z]+)'/g),
  ].map((m) => m[1] ?? '');
  const actions = new Set<string>();
  for (const m of all.matchAll(/action: (?:waived \? )?'([a-z.-]+)'(?: : '([a-z.-]+)')?/g)) {
    actions.add(m[1] ?? '');
    if (m[2]) actions.add(m[2]);
  }
  for (const m of all.matchAll(/action: `\$\{this\.rules\.noun\}\.([a-z]+)`/g))
    for (const noun of entityNouns) actions.add(`${noun}.${m[1] ?? ''}`);
  for (const m of all.matchAll(/action: `\$\{n\}\.([a-z]+)`/g))
    for (const noun of reviewed) actions.add(`${noun}.${m[1] ?? ''}`);
  actions.delete('text'); // the audit table's column type in server/repositories/schema.ts, not an action
  return actions;
}

const before = lang();
afterAll(() => {
  setLang(before);
});

describe('what an audit entry says in the console', () => {
  const actions = [...actionsInServer()].sort();

  it('finds the actions in the source, templated ones expanded', () => {
    // A floor, so that a broken pattern that finds nothing cannot pass the test below.
    expect(actions.length).toBeGreaterThan(50);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'gate.create', 'schedule.publish']));
  });

  it('names every action the server records in Vietnamese and in English, never as its code', () => {
    setLang('vi');
    const general = auditActionText('something.new');
    for (const action of actions) {
      setLang('vi');
      const vi = auditActionText(action);
      setLang('en');
      const en = auditActionText(action);
      expect(vi, action).not.toBe(general);
      expect(vi, action).not.toContain(action);
      expect(en, action).not.toBe(vi);
    }
  });
});
