import type { ChunkFault } from './http/exchange';
import { seededRandom } from './seeded-random';

/**
 * Injected latency and failures. Shares are between 0 and 1. All faults strike before the
 * request touches any state, so a failed or dropped request did nothing and may be retried.
 */
export interface FaultConfig {
  /** Seed for the dice; the same seed and request order give the same faults. */
  readonly seed?: number;
  /** Added to every response, in milliseconds. */
  readonly latencyMs?: number;
  /** Share of requests answered 429 with Retry-After. */
  readonly throttleRate?: number;
  /** Retry-After in seconds for 429 and 503. */
  readonly retryAfterSeconds?: number;
  /** Share of requests answered 503. */
  readonly unavailableRate?: number;
  /** Share of requests whose connection is destroyed without an answer. */
  readonly dropRate?: number;
  /** Share of upload chunks that fail after part of their body was read. */
  readonly chunkFailureRate?: number;
  /** How a failed chunk ends: a 500 answer, a dropped connection, or either at random. */
  readonly chunkFailureMode?: 'error' | 'drop' | 'mixed';
}

/** What fault injection decided for one request. */
export type FaultDecision =
  | { readonly kind: 'none' }
  | { readonly kind: 'throttle'; readonly retryAfterSeconds: number }
  | { readonly kind: 'unavailable'; readonly retryAfterSeconds: number }
  | { readonly kind: 'drop' };

/** Seeded dice that decide faults, one roll sequence per configuration. */
export interface FaultDice {
  readonly config: FaultConfig;
  /** Decides for a request as a whole; `mayDrop` is false for inner `$batch` requests. */
  decide(mayDrop: boolean): FaultDecision;
  /** Decides how an upload chunk fails, if it does. */
  decideChunk(): ChunkFault;
}

/** Builds the dice for a configuration (mulberry32, so runs repeat exactly). */
export function createFaultDice(config: FaultConfig): FaultDice {
  const next = seededRandom(config.seed ?? 1);
  const retryAfterSeconds = config.retryAfterSeconds ?? 1;
  return {
    config,
    decide(mayDrop) {
      if (mayDrop && roll(next, config.dropRate)) return { kind: 'drop' };
      if (roll(next, config.throttleRate)) return { kind: 'throttle', retryAfterSeconds };
      if (roll(next, config.unavailableRate)) return { kind: 'unavailable', retryAfterSeconds };
      return { kind: 'none' };
    },
    decideChunk() {
      if (!roll(next, config.chunkFailureRate)) return 'none';
      const mode = config.chunkFailureMode ?? 'mixed';
      if (mode !== 'mixed') return mode;
      return next() < 0.5 ? 'error' : 'drop';
    },
  };
}

/** Parses BRONVAST_FAULTS; an empty value means no faults. */
export function parseFaultConfig(text: string | undefined): FaultConfig {
  if (text === undefined || text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('BRONVAST_FAULTS must be a JSON object, e.g. {"throttleRate":0.1,"seed":7}');
  }
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(parsed));
  const config: { -readonly [K in keyof FaultConfig]: FaultConfig[K] } = {};
  for (const key of NUMBER_KEYS) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`BRONVAST_FAULTS.${key} must be a number`);
    }
    config[key] = value;
  }
  const mode = record['chunkFailureMode'];
  if (mode === 'error' || mode === 'drop' || mode === 'mixed') config.chunkFailureMode = mode;
  else if (mode !== undefined)
    throw new Error('BRONVAST_FAULTS.chunkFailureMode must be error, drop or mixed');
  return config;
}

const NUMBER_KEYS = [
  'seed',
  'latencyMs',
  'throttleRate',
  'retryAfterSeconds',
  'unavailableRate',
  'dropRate',
  'chunkFailureRate',
] as const;

function roll(next: () => number, rate: number | undefined): boolean {
  return rate !== undefined && rate > 0 && next() < rate;
}
