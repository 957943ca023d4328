import type { Command, Screenshot } from '../../schemas/types.ts';
import type { Db } from './database.ts';

/** How many screenshots are kept per screen (the newest). */
const screenshotsKept = 10;

/** Remote commands with their results, and the screenshots they brought back. */
export class CommandRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(command: Command): Promise<void> {
    await this.db
      .insertInto('commands')
      .values({
        id: command.id,
        screen_id: command.screenId,
        state: command.state,
        data: JSON.stringify(command),
        requested_at: command.requestedAt,
      })
      .execute();
  }

  async update(command: Command): Promise<void> {
    await this.db
      .updateTable('commands')
      .set({ state: command.state, data: JSON.stringify(command) })
      .where('id', '=', command.id)
      .execute();
  }

  async get(id: string): Promise<Command | undefined> {
    const row = await this.db.selectFrom('commands').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Command) : undefined;
  }

  /** A screen's newest commands. */
  async recent(screenId: string, limit: number): Promise<Command[]> {
    const rows = await this.db
      .selectFrom('commands')
      .select('data')
      .where('screen_id', '=', screenId)
      .orderBy('requested_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Command);
  }

  /** Stores a screenshot and drops the screen's oldest beyond the few kept, in one transaction. */
  async insertScreenshot(shot: Omit<Screenshot, 'bytes' | 'imageUrl'>, png: Uint8Array): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('screenshots')
        .values({
          id: shot.id,
          screen_id: shot.screenId,
          command_id: shot.commandId,
          taken_at: shot.takenAt,
          width: shot.width,
          height: shot.height,
          png,
        })
        .execute();
      const old = await trx
        .selectFrom('screenshots')
        .select('id')
        .where('screen_id', '=', shot.screenId)
        .orderBy('taken_at', 'desc')
        .orderBy('id', 'desc')
        .offset(screenshotsKept)
        .limit(1000)
        .execute();
      if (old.length > 0)
        await trx
          .deleteFrom('screenshots')
          .where(
            'id',
            'in',
            old.map((o) => o.id),
          )
          .execute();
    });
  }

  /** The facts of a screen's newest screenshot (or the one a command brought back), not its bytes. */
  async latestScreenshot(
    screenId: string,
    commandId?: string,
  ): Promise<Omit<Screenshot, 'imageUrl'> | undefined> {
    let query = this.db
      .selectFrom('screenshots')
      .select((eb) => [
        'id',
        'screen_id',
        'command_id',
        'taken_at',
        'width',
        'height',
        eb.fn<number | string>('length', ['png']).as('bytes'),
      ])
      .where('screen_id', '=', screenId);
    if (commandId) query = query.where('command_id', '=', commandId);
    const row = await query.orderBy('taken_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      screenId: row.screen_id,
      commandId: row.command_id,
      takenAt: row.taken_at,
      width: row.width,
      height: row.height,
      bytes: Number(row.bytes),
    };
  }

  async screenshotPng(id: string): Promise<Uint8Array | undefined> {
    const row = await this.db.selectFrom('screenshots').select('png').where('id', '=', id).executeTakeFirst();
    return row?.png;
  }
}
