import type { ListSpec } from './list-spec';

/** The document library that holds Bronvast's learnt settings (the relevance adjustment). */
export const SETTINGS_LIBRARY = 'BronvastSettings';

/**
 * The settings library. It is provisioned with the others, so that saving what the
 * organisation learnt needs no right to create lists (Sites.Manage.All).
 */
export function settingsLibrarySpec(): ListSpec {
  return { displayName: SETTINGS_LIBRARY, template: 'documentLibrary', columns: [] };
}
