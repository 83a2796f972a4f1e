/**
 * Runs through an async sequence with the next item already asked for while the caller works on
 * the current one: reading the next page of mail overlaps assessing this one, and there is still
 * at most one request of the sequence under way. Ends the sequence when the caller stops early.
 */
export async function forEachReadAhead<T>(
  sequence: AsyncIterable<T>,
  each: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = sequence[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done === true) {
        finished = true;
        return;
      }
      next = iterator.next();
      // A failure of the page read ahead surfaces when it is awaited, not as unhandled.
      next.catch(() => undefined);
      await each(result.value);
    }
  } finally {
    if (!finished) void iterator.return?.(undefined).catch(() => undefined);
  }
}
