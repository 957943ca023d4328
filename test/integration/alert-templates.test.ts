import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertTemplate, ApiError } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { dialects, startTestServer, type Api, type TestServer } from '../support/server.ts';

type Reply = AlertTemplate & { error?: ApiError };
interface AuditPage {
  items: { action: string; entityId: string | null; actor: { name: string } }[];
}

const password = 'mẫu cảnh báo biên giới 2026';

describe.each(dialects)('alert templates on %s', (dialect) => {
  let server: TestServer;
  // Tịnh Biên (An Giang) shows Khmer; Lệ Thanh (Gia Lai) is another province's.
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    location: { lat: 10.61, lon: 104.95 },
    languages: ['vi', 'km', 'en', 'zh-Hans'],
  });
  const leThanh = factory.gate({ province: 'Gia Lai' });
  /** An Giang: two people who both write and approve; Gia Lai: an editor and an approver. */
  let writer: Api;
  let approver: Api;
  let outsider: Api;
  let outsideApprover: Api;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    for (const gate of [tinhBien, leThanh])
      expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    const anGiang = { provinces: ['An Giang'] };
    const giaLai = { provinces: ['Gia Lai'] };
    writer = await server.api.newUser('bien-tap', ['editor', 'approver'], anGiang, password);
    approver = await server.api.newUser('phe-duyet', ['editor', 'approver'], anGiang, password);
    outsider = await server.api.newUser('bien-tap-gia-lai', ['editor'], giaLai, password);
    outsideApprover = await server.api.newUser('phe-duyet-gia-lai', ['approver'], giaLai, password);
  });
  afterAll(async () => {
    await server.stop();
  });

  const khmer = (over: Partial<AlertTemplate> = {}) => ({
    gateId: tinhBien.id!,
    event: 'Flood',
    lang: 'km',
    title: 'ការព្រមានទឹកជំនន់៖ {severity}',
    body: 'ចាប់ពី {onset} ដល់ {expires}។ {instruction}',
    ...over,
  });

  it('a Khmer template is written as a draft, refused to its own writer for approval, approved by another approver, and only then used', async () => {
    const made = await writer.post<Reply>('/api/v1/alert-templates', khmer());
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const id = made.body.id;
    expect(made.body).toMatchObject({ state: 'draft', lang: 'km', updatedBy: { name: 'bien-tap' } });
    // The writer holds the approver role too, but may not approve their own text: the button is not offered.
    expect(made.body.actions).toEqual(['edit', 'delete']);
    expect(await server.app.services.alertTemplates.approvedFor([tinhBien.id!])).toEqual([]);

    const own = await writer.post<Reply>(`/api/v1/alert-templates/${id}/approve`);
    expect(own.status).toBe(403);
    expect(own.body.error?.reason).toBe('same_person');
    expect((await writer.get<Reply>(`/api/v1/alert-templates/${id}`)).body.state).toBe('draft');

    expect((await approver.get<Reply>(`/api/v1/alert-templates/${id}`)).body.actions).toEqual([
      'edit',
      'approve',
      'delete',
    ]);
    const approved = await approver.post<Reply>(`/api/v1/alert-templates/${id}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', approvedBy: { name: 'phe-duyet' } });
    expect(approved.body.actions).toEqual(['edit', 'delete']);
    const again = await approver.post<Reply>(`/api/v1/alert-templates/${id}/approve`);
    expect(again.status).toBe(409);
    expect(again.body.error?.reason).toBe('wrong_state');

    const used = await server.app.services.alertTemplates.approvedFor([tinhBien.id!, leThanh.id!]);
    expect(used.map((t) => [t.id, t.title])).toEqual([[id, khmer().title]]);

    const audit = await server.api.get<AuditPage>('/api/v1/audit?action=alert-template.approve');
    expect(audit.body.items.map((e) => [e.entityId, e.actor.name])).toContainEqual([id, 'phe-duyet']);
  });

  it('an editor of another province neither sees nor writes the gate’s templates', async () => {
    const made = await writer.post<Reply>('/api/v1/alert-templates', khmer({ event: 'Landslide' }));
    expect(made.status).toBe(201);
    const id = made.body.id;

    expect((await outsider.get(`/api/v1/alert-templates/${id}`)).status).toBe(404);
    const list = await outsider.get<{ items: Reply[] }>(`/api/v1/alert-templates?gateId=${tinhBien.id!}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
    expect((await outsider.put(`/api/v1/alert-templates/${id}`, khmer({ title: 'Khác' }))).status).toBe(404);
    expect((await outsider.delete(`/api/v1/alert-templates/${id}`)).status).toBe(404);
    expect((await outsideApprover.post(`/api/v1/alert-templates/${id}/approve`)).status).toBe(404);

    const write = await outsider.post<Reply>('/api/v1/alert-templates', khmer({ event: 'Storm' }));
    expect(write.status).toBe(400);
    expect(write.body.error).toMatchObject({ path: '/gateId', reason: 'unknown_reference' });

    // Nothing of theirs changed it.
    const stored = await writer.get<Reply>(`/api/v1/alert-templates/${id}`);
    expect(stored.body).toMatchObject({ title: khmer().title, state: 'draft' });
    const mine = await writer.get<{ items: Reply[] }>('/api/v1/alert-templates?event=landSLIDE');
    expect(mine.body.items.map((t) => t.id)).toEqual([id]);
  });

  it('an edit takes an approved template back to draft; saving it unchanged does not', async () => {
    const made = await writer.post<Reply>('/api/v1/alert-templates', khmer({ event: 'Tropical storm' }));
    const id = made.body.id;
    expect((await approver.post(`/api/v1/alert-templates/${id}/approve`)).status).toBe(200);

    const unchanged = await writer.put<Reply>(
      `/api/v1/alert-templates/${id}`,
      khmer({ event: 'Tropical storm' }),
    );
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.state).toBe('approved');

    // The approver edits it: it waits for another person's approval again, and alerts stop using it.
    const edited = await approver.put<Reply>(
      `/api/v1/alert-templates/${id}`,
      khmer({ event: 'Tropical storm', title: 'ព្យុះ៖ {severity}' }),
    );
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      state: 'draft',
      title: 'ព្យុះ៖ {severity}',
      updatedBy: { name: 'phe-duyet' },
    });
    expect(edited.body.approvedBy).toBeUndefined();
    const used = await server.app.services.alertTemplates.approvedFor([tinhBien.id!]);
    expect(used.map((t) => t.id)).not.toContain(id);
    // Now the first writer may approve it: the last editor is someone else.
    const approved = await writer.post<Reply>(`/api/v1/alert-templates/${id}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('approved');
  });

  it('refuses an unknown placeholder, naming the field and the placeholder', async () => {
    for (const [field, over] of [
      ['/title', { title: 'ការព្រមាន {evnet}' }],
      ['/body', { body: 'ចាប់ពី {Onset}' }],
    ] as const) {
      const reply = await writer.post<Reply>('/api/v1/alert-templates', khmer({ event: 'Typo', ...over }));
      expect(reply.status).toBe(400);
      expect(reply.body.error).toMatchObject({ path: field, reason: 'invalid' });
      expect(reply.body.error?.message).toContain(field === '/title' ? '{evnet}' : '{Onset}');
    }
    const list = await writer.get<{ items: Reply[] }>('/api/v1/alert-templates?event=typo');
    expect(list.body.items).toEqual([]);
  });

  it('refuses a language the gate does not show, and a gate that does not exist', async () => {
    const lao = await writer.post<Reply>('/api/v1/alert-templates', khmer({ event: 'Fog', lang: 'lo' }));
    expect(lao.status).toBe(400);
    expect(lao.body.error).toMatchObject({ path: '/lang', reason: 'not_a_choice' });
    const nowhere = await writer.post<Reply>('/api/v1/alert-templates', khmer({ gateId: 'gate-nowhere' }));
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error).toMatchObject({ path: '/gateId', reason: 'unknown_reference' });
  });

  it('refuses a second template for the same gate, event (whatever its case) and language: 409 duplicate', async () => {
    expect((await writer.post('/api/v1/alert-templates', khmer({ event: 'Earthquake' }))).status).toBe(201);
    const twice = await writer.post<Reply>('/api/v1/alert-templates', khmer({ event: ' EARTHQUAKE ' }));
    expect(twice.status).toBe(409);
    expect(twice.body.error?.reason).toBe('duplicate');

    // Another language of the same event is another template; renaming it onto the first collides too.
    const chinese = await writer.post<Reply>(
      '/api/v1/alert-templates',
      khmer({ event: 'Earthquake', lang: 'zh-Hans', title: '地震：{severity}', body: '{instruction}' }),
    );
    expect(chinese.status).toBe(201);
    const collide = await writer.put<Reply>(
      `/api/v1/alert-templates/${chinese.body.id}`,
      khmer({ event: 'earthquake' }),
    );
    expect(collide.status).toBe(409);
    expect(collide.body.error?.reason).toBe('duplicate');
    expect((await writer.get<Reply>(`/api/v1/alert-templates/${chinese.body.id}`)).body.lang).toBe('zh-Hans');
  });

  it('an editor removes a template, and that is in the audit log', async () => {
    const made = await writer.post<Reply>('/api/v1/alert-templates', khmer({ event: 'Drought' }));
    expect((await writer.delete(`/api/v1/alert-templates/${made.body.id}`)).status).toBe(204);
    expect((await writer.get(`/api/v1/alert-templates/${made.body.id}`)).status).toBe(404);
    const audit = await server.api.get<AuditPage>('/api/v1/audit?action=alert-template.delete');
    expect(audit.body.items.map((e) => e.entityId)).toContain(made.body.id);
  });
});
