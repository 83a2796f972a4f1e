import { DEFAULT_MAX_MAIL_MB, megabytes } from './input-file';

/**
 * `--max-size MB` in bytes: a number of megabytes from 1 to 10,240 (default 150, Exchange
 * Online's largest message); null when it is not one.
 */
export function maxSizeOf(value: string | undefined): number | null {
  if (value === undefined) return megabytes(DEFAULT_MAX_MAIL_MB);
  const mb = Number(value);
  return value.trim() !== '' && Number.isFinite(mb) && mb >= 1 && mb <= 10_240
    ? megabytes(mb)
    : null;
}
