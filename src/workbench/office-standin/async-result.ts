import type { OfficeAsyncResult, OfficeCallback } from '../../host/office-subset';

/** Office's code for an item it could not load (used for any failed Graph read). */
export const ITEM_NOT_FOUND = 9041;

/** Answers an Office callback asynchronously, as Office does, with the promise's outcome. */
export function respond<T>(callback: OfficeCallback<T>, work: () => Promise<T> | T): void {
  void Promise.resolve()
    .then(work)
    .then(
      (value) => callback({ status: 'succeeded', value }),
      (error: unknown) => callback(failedResult<T>(error)),
    );
}

function failedResult<T>(error: unknown): OfficeAsyncResult<T> {
  const message = error instanceof Error ? error.message : String(error);
  // Office gives no value on failure; the subset types it as T, so a failed result carries none.
  return {
    status: 'failed',
    value: undefined as T,
    error: { code: ITEM_NOT_FOUND, name: 'GenericResponseError', message },
  };
}
