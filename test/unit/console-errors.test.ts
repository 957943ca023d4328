import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverSources } from '../support/server-sources.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorBody } from '../../console/src/api.ts';
import { errorText, lang, setLang, type Lang } from '../../console/src/i18n.ts';

const root = new URL('../../', import.meta.url).pathname;

/** The error codes the server's source can send, read from the source itself, not from the catalogue. */
function codesInServer(): Set<string> {
  const codes = new Set<string>();
  const patterns = [
    /new DomainError\(\s*'([a-z_]+)'/g,
    /errorReply\(\s*'([a-z_]+)'/g,
    /\bcode: '([a-z_]+)'/g,
    /new ValidationError\([^;]*?,\s*'([a-z_]+)',?\s*\)/g,
    /super\('([a-z_]+)', \d{3}/g,
    /\bcode = '([a-z_]+)'/g,
    /DomainError\(\s*\n\s*'([a-z_]+)'/g,
  ];
  for (const file of serverSources()) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) codes.add(m[1] ?? '');
  }
  codes.delete('');
  return codes;
}

/** The closed list of specific reasons, as the API's contract declares it. */
function reasonsInContract(): string[] {
  const common = JSON.parse(readFileSync(join(root, 'schemas/common.json'), 'utf8')) as {
    $defs: { errorReason?: { enum?: string[] } };
  };
  return common.$defs.errorReason?.enum ?? [];
}

// What a validator or a service would write in English: none of it may reach the interface.
const englishFromServer = '/name: must NOT have fewer than 1 characters; this needs one of the roles admin';
const typicalParams: ApiErrorBody['params'] = {
  limit: 1,
  roles: ['admin', 'approver'],
  languages: ['jra', 'bdq'],
  noun: 'gate',
  id: 'le-thanh',
  by: 'playlist',
  ids: ['gio-mo-cua'],
  state: 'approved',
  field: 'name',
  format: 'date',
  type: 'integer',
};
const statusOf = (code: string): number =>
  code === 'not_found' || code.endsWith('_unknown') || code.startsWith('no_')
    ? 404
    : code === 'forbidden'
      ? 403
      : code === 'unauthorized'
        ? 401
        : code === 'internal' || code === 'contract_violation'
          ? 500
          : 400;

function shown(body: ApiErrorBody, as: Lang, status = statusOf(body.code)): string {
  setLang(as);
  return errorText(new ApiError(status, body, body.message));
}

describe('the error catalogue: what a refusal says in the console', () => {
  const before = lang();
  afterAll(() => {
    setLang(before);
  });

  it('reads at least the codes every controller sends', () => {
    const codes = codesInServer();
    // The reader of the source must itself work: these codes are certainly thrown today.
    for (const code of ['validation_failed', 'not_found', 'forbidden', 'conflict', 'rate_limited'])
      expect(codes).toContain(code);
    expect(reasonsInContract().length).toBeGreaterThan(20);
  });

  const cases: { name: string; body: ApiErrorBody }[] = [
    ...[...codesInServer()].map((code) => ({
      name: `code ${code}`,
      body: { code, message: englishFromServer },
    })),
    ...reasonsInContract().flatMap((reason) => [
      {
        name: `reason ${reason} with its parameters`,
        body: { code: 'validation_failed', reason, message: englishFromServer, params: typicalParams },
      },
      {
        name: `reason ${reason} without parameters`,
        body: { code: 'validation_failed', reason, message: englishFromServer },
      },
    ]),
  ];

  it.each(cases)('$name is told in Vietnamese and in English from the catalogue', ({ body }) => {
    const vi = shown(body, 'vi');
    const en = shown(body, 'en');
    for (const text of [vi, en]) {
      expect(text).not.toContain('must NOT');
      expect(text).not.toContain('one of the roles');
      expect(text).not.toMatch(/\{\w+\}/); // no hole left by a missing parameter
      expect(text).not.toMatch(/\bHTTP\b|error \d{3}|lỗi \d{3}/); // a real text, not the status fallback
      // An id the server names is for logs, never for a person.
      expect(text).not.toContain('le-thanh');
      expect(text).not.toContain('gio-mo-cua');
    }
    expect(vi).not.toBe(en);
    expect(vi).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i); // Vietnamese, with its diacritics
  });

  it('fills parameters with words of the interface, not the server’s', () => {
    const needsRole = { code: 'forbidden', reason: 'needs_role', message: englishFromServer };
    expect(shown({ ...needsRole, params: { roles: ['admin'] } }, 'vi', 403)).toContain('quản trị viên');
    const short = { code: 'validation_failed', reason: 'too_short', message: englishFromServer };
    expect(shown({ ...short, params: { limit: 3 } }, 'vi')).toContain('3');
    const inUse = { code: 'conflict', reason: 'in_use', message: englishFromServer };
    expect(shown({ ...inUse, params: { by: 'schedule', ids: ['x'] } }, 'vi', 409)).toContain('lịch phát');
    const missing = { code: 'validation_failed', reason: 'missing_translations', message: englishFromServer };
    expect(shown({ ...missing, params: { languages: ['km'] } }, 'vi')).toMatch(/Khmer|Khơ-me/i);
  });

  it('an unknown code falls back to its status, and a failure without a reply says the server is out of reach', () => {
    expect(shown({ code: 'something_new', message: englishFromServer }, 'vi', 403)).toBe(
      shown({ code: 'forbidden', message: 'x' }, 'vi', 403),
    );
    setLang('vi');
    expect(errorText(new ApiError(0, undefined, 'Failed to fetch'))).toBe('Không kết nối được máy chủ.');
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'x')"))).not.toContain(
      'Cannot read',
    );
  });
});
