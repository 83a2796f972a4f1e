/** Latency of `suggestDossiers` for the dossier benchmark: typical messages and 20 KB ones. */
import { performance } from 'node:perf_hooks';
import { suggestDossiers } from '../src/core/dossier/index';
import type { DossierIndex } from '../src/core/dossier/index';
import type { Message } from '../src/core/message';
import type { LabelledExample } from '../scripts/corpora/index';

function percentile(sorted: readonly number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return Math.round(value * 1000) / 1000;
}

/** p50/p99 wall time of `suggestDossiers` over `rounds` passes of the messages, after a warm-up. */
export function timeSuggest(
  messages: readonly Message[],
  index: DossierIndex,
  rounds: number,
): { p50Ms: number; p99Ms: number } {
  for (const message of messages) suggestDossiers(message, index);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const message of messages) {
      const start = performance.now();
      suggestDossiers(message, index);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

/**
 * Mean CPU time (user + system) of `suggestDossiers` per message over `rounds` passes, after a
 * warm-up: unlike wall time it does not count waiting for a loaded machine's cores.
 */
export function cpuTimeSuggest(
  messages: readonly Message[],
  index: DossierIndex,
  rounds: number,
): { meanCpuMs: number } {
  for (const message of messages) suggestDossiers(message, index);
  const start = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) {
    for (const message of messages) suggestDossiers(message, index);
  }
  const used = process.cpuUsage(start);
  const perMessageMs = (used.user + used.system) / 1000 / Math.max(1, rounds * messages.length);
  return { meanCpuMs: Math.round(perMessageMs * 1000) / 1000 };
}

/** Messages of about 20 KB, each made of training text from several messages. */
export function largeMessages(train: readonly LabelledExample[], count: number): Message[] {
  return Array.from({ length: count }, (_, i) => {
    let body = '';
    for (let j = i; body.length < 20_000 && train.length > 0; j += 1) {
      body += `${train[j % train.length]!.message.bodyText}\n`;
    }
    const base = train[i % train.length]!.message;
    return { ...base, bodyText: body.slice(0, 20_000) };
  });
}
