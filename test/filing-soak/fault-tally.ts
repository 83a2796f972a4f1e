/** Share of responses lost after the server acted on them (a filing killed half-way). */
export const LOST_RESPONSES = 0.02;

/** What the filing client met: requests sent and how many of them were faulted. */
export interface FaultTally {
  requests: number;
  throttled: number;
  unavailable: number;
  serverErrors: number;
  dropped: number;
  lostResponses: number;
}

/**
 * A fetch that counts the faults the client meets and, now and then, throws after the server
 * answered: the response is lost, as when a filing is killed half-way.
 */
export function losingFetch(random: () => number, tally: FaultTally): typeof fetch {
  return async (input, init) => {
    tally.requests += 1;
    const response = await fetch(input, init).catch((error: unknown) => {
      tally.dropped += 1;
      throw error;
    });
    if (response.status === 429) tally.throttled += 1;
    if (response.status === 503) tally.unavailable += 1;
    if (response.status === 500) tally.serverErrors += 1;
    if (random() < LOST_RESPONSES) {
      tally.lostResponses += 1;
      await response.arrayBuffer().catch(() => undefined);
      throw new TypeError('fetch failed: response lost');
    }
    return response;
  };
}

/** The share of requests that met a fault. */
export function faultedShare(tally: FaultTally): number {
  const faulted =
    tally.throttled + tally.unavailable + tally.serverErrors + tally.dropped + tally.lostResponses;
  return Math.round((faulted / Math.max(1, tally.requests)) * 1000) / 1000;
}

/** A fresh tally. */
export function emptyTally(): FaultTally {
  return {
    requests: 0,
    throttled: 0,
    unavailable: 0,
    serverErrors: 0,
    dropped: 0,
    lostResponses: 0,
  };
}
