import { parseRow } from './database';
import type { Store } from './store';

/** A large-file upload in progress; its bytes so far live in `tempFile`. */
export interface UploadSessionRecord {
  readonly token: string;
  readonly driveId: string;
  /** The item the path is relative to (root or a folder). */
  readonly parentId: string;
  readonly folders: readonly string[];
  readonly name: string;
  readonly conflictBehavior: 'fail' | 'replace' | 'rename';
  readonly upn: string;
  readonly tempFile: string;
  readonly nextOffset: number;
  readonly total?: number;
  readonly expiresAt: string;
}

/** One session by token. */
export function findUploadSession(store: Store, token: string): UploadSessionRecord | undefined {
  return parseRow<UploadSessionRecord>(
    store.db.prepare('SELECT json FROM upload_sessions WHERE token = ?').get(token),
  );
}

/** Inserts or replaces a session. */
export function saveUploadSession(store: Store, session: UploadSessionRecord): void {
  store.db
    .prepare('INSERT OR REPLACE INTO upload_sessions (token, json) VALUES (?, ?)')
    .run(session.token, JSON.stringify(session));
}

/** Forgets a session. */
export function deleteUploadSession(store: Store, token: string): void {
  store.db.prepare('DELETE FROM upload_sessions WHERE token = ?').run(token);
}
