import type { Asset, Gate, Message, Playlist, Schedule, Screen } from '../domain/entities.ts';
import type { Db } from './database.ts';
import { DocumentRepository } from './document.repository.ts';

/** The document repositories of every content entity, over one database. */
export function createEntityRepositories(db: Db) {
  return {
    gates: new DocumentRepository<Gate, 'gates'>(db, 'gates', () => ({})),
    screens: new DocumentRepository<Screen, 'screens'>(db, 'screens', (s) => ({ gate_id: s.gateId })),
    messages: new DocumentRepository<Message, 'messages'>(db, 'messages', () => ({})),
    playlists: new DocumentRepository<Playlist, 'playlists'>(db, 'playlists', () => ({})),
    schedules: new DocumentRepository<Schedule, 'schedules'>(db, 'schedules', () => ({})),
    assets: new DocumentRepository<Asset, 'assets'>(db, 'assets', (a) => ({ sha256: a.sha256 })),
  };
}

export type EntityRepositories = ReturnType<typeof createEntityRepositories>;
