import type { FiledMessage, Message } from '../core';
import type { LearningWarning, OrganisationLearning } from '../filing';

/**
 * What the pane keeps of the organisation's learning between openings: the stored adjustment
 * (not the model built from it, which is the shipped weights and large), the records list's
 * recent history and the warnings. JSON throughout; the history holds no dates.
 */
export interface LearningSnapshot {
  /** The adjustment as stored, null when there is none; the core's `parseAdjustment` reads it. */
  readonly adjustment: unknown;
  readonly history: readonly FiledMessage[];
  readonly warnings: readonly LearningWarning[];
}

/** The part of a loaded learning the pane keeps. */
export function snapshotOf(learning: OrganisationLearning): LearningSnapshot {
  const { adjustment, history, warnings } = learning;
  return { adjustment, history, warnings };
}

const WARNINGS: readonly string[] = [
  'relevance-adjustment-unreadable',
  'relevance-adjustment-unavailable',
  'relevance-adjustment-untrusted',
  'relevance-adjustment-out-of-bounds',
  'history-unavailable',
] satisfies readonly LearningWarning[];

/**
 * A snapshot an earlier opening stored, or null when it does not have the shape the pane
 * writes (another version, a hand-edited storage): the pane then waits for a fresh load.
 */
export function reviveLearning(stored: unknown): LearningSnapshot | null {
  if (!isRecord(stored)) return null;
  const { adjustment, history, warnings } = stored;
  if (adjustment !== null && !isRecord(adjustment)) return null;
  if (!Array.isArray(history) || !history.every(isFiledMessage)) return null;
  if (!Array.isArray(warnings) || !warnings.every(isWarning)) return null;
  return { adjustment, history, warnings };
}

function isWarning(value: unknown): value is LearningWarning {
  return typeof value === 'string' && WARNINGS.includes(value);
}

function isFiledMessage(value: unknown): value is FiledMessage {
  if (!isRecord(value) || typeof value['dossier'] !== 'string') return false;
  return isMessage(value['message']);
}

function isMessage(value: unknown): value is Message {
  if (!isRecord(value)) return false;
  const { kind, id, subject, to, cc, bodyText, headers, attachments } = value;
  return (
    (kind === 'mail' || kind === 'chat') &&
    typeof id === 'string' &&
    typeof subject === 'string' &&
    typeof bodyText === 'string' &&
    Array.isArray(to) &&
    Array.isArray(cc) &&
    isRecord(headers) &&
    Array.isArray(attachments)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
