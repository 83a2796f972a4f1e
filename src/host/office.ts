import { NOT_SUPPORTED, OfficeCallError } from './OfficeCallError';
import type { OfficeCallback, OfficeMailboxItem, OfficeSubset } from './office-subset';

/**
 * The `Office` global, typed as the subset Bronvast uses. Office.js's own declarations type
 * statuses and coercion types as enums that are the same strings at run time; this is the one
 * place that maps them. Throws when Office.js is not loaded (a bug in the page, not a state).
 */
export function office(): OfficeSubset {
  const found = (globalThis as unknown as { Office?: OfficeSubset }).Office;
  if (found === undefined) throw new OfficeCallError('Office', NOT_SUPPORTED, 'NotLoaded', '');
  return found;
}

/**
 * Turns one `*Async(callback)` call into a promise. A failed result rejects with an
 * `OfficeCallError` carrying Office's code; a call that throws synchronously rejects the same way.
 */
export function callAsync<T>(
  call: string,
  invoke: (callback: OfficeCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === 'succeeded') resolve(result.value);
        else reject(fromAsyncError(call, result.error));
      });
    } catch (cause) {
      reject(new OfficeCallError(call, NOT_SUPPORTED, 'Threw', String(cause)));
    }
  });
}

function fromAsyncError(
  call: string,
  error: { code: number; name: string; message: string } | undefined,
): OfficeCallError {
  if (error === undefined) return new OfficeCallError(call, NOT_SUPPORTED, 'UnknownError', '');
  return new OfficeCallError(call, error.code, error.name, error.message);
}

/** The current mailbox item, or null when nothing is open (an empty pinned pane). */
export function currentItem(): OfficeMailboxItem | null {
  return office().context.mailbox.item;
}

/** Whether the client supports a requirement set, e.g. `('Mailbox', '1.14')`. */
export function isSetSupported(name: string, version: string): boolean {
  return office().context.requirements.isSetSupported(name, version);
}

/** Resolves when Office.js is ready, with the host and platform it reports. */
export async function whenOfficeReady(): Promise<{ host: string | null; platform: string | null }> {
  const info = await office().onReady();
  return { host: info.host, platform: info.platform };
}
