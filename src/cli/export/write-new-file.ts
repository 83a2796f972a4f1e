import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const exists = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';

/**
 * Writes a file that must not replace another: two records whose IDs collide (about once in
 * 10^8 exports of 10,000) keep both their files, the later one named `{ID}-2...`. Returns the
 * name written.
 */
export async function writeNewFile(folder: string, name: string, text: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? name : name.replace(/^(\d+)/, `$1-${attempt}`);
    try {
      await writeFile(join(folder, candidate), text, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if (!exists(error)) throw error;
    }
  }
}
