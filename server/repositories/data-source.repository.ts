import type { DataSource } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import { SourceRepository } from './source.repository.ts';

/** Data sources (pulled or pushed live values), with the hash of each one's token. */
export class DataSourceRepository extends SourceRepository<DataSource> {
  constructor(db: Db) {
    super(db, 'data_sources');
  }

  /** Changes a source's health (read, changed and written back: the job and the pushes are its only writers). */
  async updateHealth(
    id: string,
    change: (health: DataSource['health']) => DataSource['health'],
  ): Promise<void> {
    await this.change(id, (source) => ({ ...source, health: change(source.health) }));
  }
}
