import type { Reason } from '../../core';

/** How one reason code becomes a sentence in each language; it may read params and weight. */
export interface ReasonText {
  readonly nl: (reason: Reason) => string;
  readonly en: (reason: Reason) => string;
}

/** A parameter of a reason as text, or `fallback` when the core did not give it. */
export function param(reason: Reason, key: string, fallback = '?'): string {
  const value = reason.params?.[key];
  return value === undefined || value === '' ? fallback : String(value);
}

/** A parameter that is a whole number, or undefined when absent or not a number. */
export function countParam(reason: Reason, key: string): number | undefined {
  const value = Number(reason.params?.[key]);
  return Number.isFinite(value) && reason.params?.[key] !== undefined ? value : undefined;
}

/** Whether the reason pushes towards its conclusion (positive weight) or away from it. */
export const pushesTowards = (reason: Reason): boolean => reason.weight >= 0;
