import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Storage } from './db.js';
import * as m001 from './migrations/001-foundation.js';
import * as m002 from './migrations/002-law-catalogue.js';
import * as m003 from './migrations/003-station-records.js';
import * as m004 from './migrations/004-person-search.js';
import * as m005 from './migrations/005-record-search.js';
import * as m006 from './migrations/006-sync.js';
import * as m007 from './migrations/007-audit-upward.js';
import * as m008 from './migrations/008-bytewise-paths.js';
import * as m009 from './migrations/009-photo-owners.js';
import * as m010 from './migrations/010-sensitive-complaints.js';
import * as m011 from './migrations/011-payload-versions.js';
import * as m012 from './migrations/012-case-files.js';
import * as m013 from './migrations/013-arrests.js';
import * as m014 from './migrations/014-property-room.js';
import * as m015 from './migrations/015-final-reports.js';
import * as m016 from './migrations/016-case-file-reads.js';
import * as m017 from './migrations/017-nc-reports.js';
import * as m018 from './migrations/018-missing-persons.js';
import * as m019 from './migrations/019-stolen-property.js';
import * as m020 from './migrations/020-unnatural-deaths.js';
import * as m021 from './migrations/021-lost-property.js';
import * as m022 from './migrations/022-matching.js';
import * as m023 from './migrations/023-found-persons.js';

/** Every migration, in order. One set for both engines; engine-specific SQL lives inside. */
const MIGRATIONS = {
  '001-foundation': m001,
  '002-law-catalogue': m002,
  '003-station-records': m003,
  '004-person-search': m004,
  '005-record-search': m005,
  '006-sync': m006,
  '007-audit-upward': m007,
  '008-bytewise-paths': m008,
  '009-photo-owners': m009,
  '010-sensitive-complaints': m010,
  '011-payload-versions': m011,
  '012-case-files': m012,
  '013-arrests': m013,
  '014-property-room': m014,
  '015-final-reports': m015,
  '016-case-file-reads': m016,
  '017-nc-reports': m017,
  '018-missing-persons': m018,
  '019-stolen-property': m019,
  '020-unnatural-deaths': m020,
  '021-lost-property': m021,
  '022-matching': m022,
  '023-found-persons': m023,
} as const;

class StaticProvider implements MigrationProvider {
  constructor(private readonly storage: Storage) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, mod] of Object.entries(MIGRATIONS)) {
      out[name] = { up: (db) => mod.up(db, this.storage.engine) };
    }
    return out;
  }
}

export async function migrate(storage: Storage): Promise<string[]> {
  const migrator = new Migrator({ db: storage.db, provider: new StaticProvider(storage) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
