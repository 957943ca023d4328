import type { AlertSource } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import { SourceRepository } from './source.repository.ts';

/** The authorities that send CAP alerts, with the hash of each one's token. */
export class AlertSourceRepository extends SourceRepository<AlertSource> {
  constructor(db: Db) {
    super(db, 'alert_sources');
  }

  /** Notes when a feed source was last read, and what went wrong (none: the error is cleared). */
  async markPolled(id: string, at: string, error?: string): Promise<void> {
    await this.change(id, ({ lastPollError: _dropped, ...rest }) => ({
      ...rest,
      lastPolledAt: at,
      ...(error ? { lastPollError: error.slice(0, 500) } : {}),
    }));
  }
}
