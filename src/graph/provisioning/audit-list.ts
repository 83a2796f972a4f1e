import { dateColumn, noteColumn, textColumn, type ListSpec } from './list-spec';

/**
 * The audit list: one event per filing or review. Indexed are the record's dedup key (its
 * trail), the time, and the action (the dashboard asks for the moves and reclassifications).
 */
export function auditListSpec(displayName: string): ListSpec {
  return {
    displayName,
    template: 'genericList',
    columns: [
      textColumn('Action', true),
      textColumn('Actor'),
      textColumn('RecordDedupKey', true),
      noteColumn('Details'),
      dateColumn('At', true),
    ],
  };
}
