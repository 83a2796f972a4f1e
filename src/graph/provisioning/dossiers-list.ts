import { choiceColumn, noteColumn, textColumn, type ListSpec } from './list-spec';

/**
 * The dossier registry records managers maintain (Title is the list's own column). Read whole
 * (a registry stays far below 5,000 items); `Kenmerk` is indexed for lookups by kenmerk.
 */
export function dossiersListSpec(displayName: string): ListSpec {
  return {
    displayName,
    template: 'genericList',
    columns: [
      textColumn('Kenmerk', true),
      noteColumn('Description'),
      noteColumn('Keywords'),
      textColumn('Owner'),
      choiceColumn('Status', ['open', 'closed']),
      textColumn('DefaultCategory'),
      textColumn('RetentionLabel'),
    ],
  };
}
