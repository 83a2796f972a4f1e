/**
 * Where the assessment's time goes: each part of `assessMessage` (see speed-parts.ts) timed on
 * its own over the same messages. Per part: the mean CPU microseconds per message (the loop in
 * this process's CPU time, so other processes do not count), the median and 99th percentile of
 * one call (wall clock, per call: the median is robust to the machine's other work, the tail is
 * not), and its share of the parts' sum. A part that includes others (the relevance features
 * include the folding, the tokenising and the signals) is counted in the share by what it adds.
 * A part that is cheap alone may still cost allocation pressure in the whole, so the whole is
 * measured in speed.ts, not summed here.
 */
import { performance } from 'node:perf_hooks';
import type { AssessmentContext, Message } from '../src/core';
import { INCLUDED_IN, PARTS, prepare, type Prepared } from './speed-parts';

type Part = (prepared: Prepared, context: AssessmentContext) => unknown;

/** One part's figures. */
export interface PartFigures {
  readonly meanCpuMicroseconds: number;
  readonly medianMicroseconds: number;
  readonly p99Microseconds: number;
  readonly share: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function timePart(part: Part, prepared: readonly Prepared[], context: AssessmentContext) {
  for (const message of prepared.slice(0, 100)) part(message, context);
  const started = process.cpuUsage();
  for (const message of prepared) part(message, context);
  const used = process.cpuUsage(started);
  const calls = new Float64Array(prepared.length);
  prepared.forEach((message, index) => {
    const start = performance.now();
    part(message, context);
    calls[index] = (performance.now() - start) * 1000;
  });
  calls.sort();
  return {
    mean: (used.user + used.system) / Math.max(1, prepared.length),
    median: quantile(calls, 0.5),
    p99: quantile(calls, 0.99),
  };
}

/** Each part's mean CPU time, median and p99 per call, and share of the parts' sum. */
export function profileParts(
  messages: readonly Message[],
  context: AssessmentContext,
): Record<string, PartFigures> {
  const prepared = messages.map(prepare);
  const times = new Map(
    Object.entries(PARTS).map(([name, part]) => [name, timePart(part, prepared, context)]),
  );
  const own = (name: string): number => {
    const mean = times.get(name)?.mean ?? 0;
    const inside = (INCLUDED_IN[name] ?? []).reduce((sum, n) => sum + (times.get(n)?.mean ?? 0), 0);
    return Math.max(0, mean - inside);
  };
  // The first-view reading is an alternative to the full one, not a part of the whole.
  const whole = [...times.keys()].filter((name) => !name.includes('first view'));
  const total = whole.reduce((sum, name) => sum + own(name), 0);
  const figures: Record<string, PartFigures> = {};
  for (const [name, time] of times) {
    figures[name] = {
      meanCpuMicroseconds: round1(time.mean),
      medianMicroseconds: round1(time.median),
      p99Microseconds: round1(time.p99),
      share: Math.round((own(name) / total) * 1000) / 1000,
    };
  }
  return figures;
}
