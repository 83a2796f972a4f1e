import type { FieldValue } from '../store/records';

/**
 * An audit event as the record system keeps it: `Actor` and `At` come from the caller's token
 * and the server's clock, whatever the client wrote, so an event names who really appended it.
 */
export function vouchedAuditFields(
  fields: Readonly<Record<string, FieldValue>>,
  upn: string,
  now: string,
): Record<string, FieldValue> {
  return { ...fields, Actor: upn, At: now };
}
