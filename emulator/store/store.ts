import type { DownloadLinks } from '../downloads/download-links';
import type { Db } from './database';

/** Everything a handler needs to read and change the record system. */
export interface Store {
  readonly db: Db;
  readonly dataDir: string;
  readonly now: () => Date;
  /** Signs download URLs; absent where nothing is served (tools that fill a data folder). */
  readonly downloads?: DownloadLinks;
}

/** The current time as Graph writes it (ISO 8601, UTC, seconds). */
export const timestamp = (store: Store): string =>
  store
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
