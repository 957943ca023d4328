import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type {
  ApprovalStatus,
  MessageInput,
  PlaylistInput,
  ReviewedNoun,
  ScheduleInput,
} from '../../schemas/types.ts';
import { factory } from './factory.ts';
import { Api, type ApiReply, type TestServer } from './server.ts';

const plurals: Record<ReviewedNoun, string> = {
  message: 'messages',
  playlist: 'playlists',
  schedule: 'schedules',
};

/** The reviewed noun of a collection path such as /api/v1/playlists. */
function nounOf(path: string): ReviewedNoun {
  const found = (Object.keys(plurals) as ReviewedNoun[]).find((n) => path === `/api/v1/${plurals[n]}`);
  if (!found) throw new Error(`${path} is not a reviewed collection`);
  return found;
}

/**
 * Puts content on the screens the way operators must: an editor (by default the tests' admin token) saves
 * and submits it, and a second person approves it: a user with only the approver role, created by the admin
 * on first use and signed in with a session (an API token the admin made would act for the admin, and the
 * two-person rule refuses that).
 */
export class Publisher {
  private readonly server: Pick<TestServer, 'api' | 'url'>;
  private readonly editor: Api;
  private approverApi: Promise<Api> | undefined;

  constructor(server: Pick<TestServer, 'api' | 'url'>, editor: Api = server.api) {
    this.server = server;
    this.editor = editor;
  }

  /** The second person: a signed-in user with the approver role and national scope. */
  approver(): Promise<Api> {
    this.approverApi ??= this.server.api.newUser(
      `test-approver-${randomBytes(3).toString('hex')}`,
      ['approver'],
      { global: true },
      'người duyệt thứ hai 2026',
    );
    return this.approverApi;
  }

  /** Submits the draft as the editor and approves it as the approver; the screens get it now. */
  async approve(noun: ReviewedNoun, id: string): Promise<ApprovalStatus> {
    const base = `/api/v1/${plurals[noun]}/${id}`;
    // Tests publish messages whatever languages they lack: the author acknowledges each missing one.
    const { missingLanguages } = (await this.editor.get<ApprovalStatus>(`${base}/approval`)).body;
    const body = missingLanguages.length > 0 ? { acknowledgedMissing: missingLanguages } : undefined;
    const submitted = await this.editor.post(`${base}/submit`, body);
    expect(submitted.status, `submit ${base}: ${JSON.stringify(submitted.body)}`).toBe(200);
    const approved = await (await this.approver()).post<ApprovalStatus>(`${base}/approve`);
    expect(approved.status, `approve ${base}: ${JSON.stringify(approved.body)}`).toBe(200);
    return approved.body;
  }

  /** POST to a collection (/api/v1/messages, …) as the editor, then submit and approve what was created. */
  async create<T extends { id: string }>(path: string, body: unknown): Promise<ApiReply<T>> {
    const created = await this.editor.post<T>(path, body);
    expect(created.status, `POST ${path}: ${JSON.stringify(created.body)}`).toBe(201);
    await this.approve(nounOf(path), created.body.id);
    return created;
  }

  /** PUT a new version as the editor, then submit and approve it. */
  async update<T>(path: string, id: string, body: unknown): Promise<ApiReply<T>> {
    const updated = await this.editor.put<T>(`${path}/${id}`, body);
    expect(updated.status, `PUT ${path}/${id}: ${JSON.stringify(updated.body)}`).toBe(200);
    await this.approve(nounOf(path), id);
    return updated;
  }
}

const publishers = new WeakMap<TestServer, Publisher>();

/** The server's shared Publisher (one approver token per test server), with the admin token as editor. */
export function publisherOf(server: TestServer): Publisher {
  let publisher = publishers.get(server);
  if (!publisher) {
    publisher = new Publisher(server);
    publishers.set(server, publisher);
  }
  return publisher;
}

/**
 * Puts a loop on screens as operators would: its messages and playlist made and approved, then a schedule
 * that is always on for `targets` (screens, gates or groups), approved too.
 */
export async function scheduleLoop(
  server: TestServer,
  content: { messages: MessageInput[]; playlist: PlaylistInput },
  targets: ScheduleInput['targets'],
): Promise<void> {
  const publish = publisherOf(server);
  for (const m of content.messages) await publish.create('/api/v1/messages', m);
  await publish.create('/api/v1/playlists', content.playlist);
  await publish.create('/api/v1/schedules', factory.schedule(content.playlist.id!, targets));
}
