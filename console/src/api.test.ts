import { describe, expect, it } from 'vitest';
import { ApiError, apiDocumentHref, done, mediaHref, ok, thumbnailHref, urlOf } from './api.ts';
import { reportHref } from './reports-api.ts';

const reply = (status: number, init: { data?: unknown; error?: unknown } = {}) =>
  Promise.resolve({ ...init, response: new Response(null, { status, statusText: `status ${status}` }) });

describe('the typed client', () => {
  it('builds the addresses the browser loads itself, parameters escaped', () => {
    expect(thumbnailHref('a/b c')).toBe('/api/v1/assets/a%2Fb%20c/thumbnail');
    expect(mediaHref('ab'.repeat(32))).toBe(`/media/${'ab'.repeat(32)}`);
    expect(apiDocumentHref).toBe('/api/openapi.json');
    expect(urlOf('post', '/api/v1/assets', { query: { name: 'Cửa khẩu & chợ.png' } })).toBe(
      `/api/v1/assets?name=${encodeURIComponent('Cửa khẩu & chợ.png')}`,
    );
  });

  it('links each report as CSV and as .xlsx, with the gate only when one is chosen', () => {
    const period = { from: '2026-03-01', until: '2026-03-07', gateId: '' };
    expect(reportHref('plays', 'csv', period)).toBe(
      '/api/v1/reports/plays.csv?from=2026-03-01&until=2026-03-07',
    );
    expect(reportHref('plays', 'xlsx', period)).toBe(
      '/api/v1/reports/plays.xlsx?from=2026-03-01&until=2026-03-07',
    );
    expect(reportHref('availability', 'xlsx', { ...period, gateId: 'g 1' })).toBe(
      '/api/v1/reports/availability.xlsx?from=2026-03-01&until=2026-03-07&gateId=g%201',
    );
  });

  it('hands back the data of a successful reply, null included', async () => {
    await expect(ok(reply(200, { data: { id: 'x' } }))).resolves.toEqual({ id: 'x' });
    await expect(ok(reply(200, { data: null }))).resolves.toBeNull();
    await expect(done(reply(204))).resolves.toBeUndefined();
  });

  it("throws the API's error body: its code for the catalogue, its pointer for the form field", async () => {
    const error = { error: { code: 'validation_failed', message: 'name is required', path: '/name' } };
    const thrown = await ok(reply(400, { error })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ status: 400, message: 'name is required', body: error.error });
    await expect(
      done(reply(409, { error: { error: { code: 'conflict', message: 'in use' } } })),
    ).rejects.toEqual(new ApiError(409, { code: 'conflict', message: 'in use' }, 'in use'));
  });

  it('keeps the status when the reply is not the API’s error (a proxy’s page)', async () => {
    const thrown = await ok(reply(502, { error: '<html>Bad gateway</html>' })).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ status: 502, body: undefined, message: 'status 502' });
    expect(ApiError.from(500, { error: { message: 7 } }).body).toBeUndefined();
  });
});
