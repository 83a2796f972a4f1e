/** Retry delays for failed filings: 2 s, 4 s, 8 s, ... capped at five minutes. */
export function backoffDelay(attempts: number, retryAfterMs?: number): number {
  const exponential = Math.min(2000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
  return Math.max(exponential, retryAfterMs ?? 0);
}
