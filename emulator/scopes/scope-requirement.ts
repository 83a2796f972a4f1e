/**
 * What a Graph call needs from the token: one of these delegated scopes. `anyOf` lists the
 * least privileged permission first, then the higher ones, as the call's permissions page does;
 * `docs` is that page.
 */
export interface ScopeRequirement {
  readonly anyOf: readonly string[];
  readonly docs: string;
}

/** A requirement, or a function that picks one from the path and the signed-in user. */
export type ScopeRule =
  | ScopeRequirement
  | ((params: Readonly<Record<string, string>>, user: { readonly upn: string }) => ScopeRequirement)
  | 'inner-requests';

const GRAPH = 'https://learn.microsoft.com/en-us/graph/api';

/** A requirement with its permissions page under learn.microsoft.com/graph/api. */
export const needs = (page: string, ...anyOf: string[]): ScopeRequirement => ({
  anyOf,
  docs: `${GRAPH}/${page}`,
});

/** Reads of a site and its lists (Sites.Read.All and everything above it). */
export const SITES_READ = [
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'Sites.FullControl.All',
];
/** Writes of list items (Sites.ReadWrite.All and above). */
export const SITES_WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
/** Lists and columns (Sites.Manage.All and above). */
export const SITES_MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All'];
/**
 * Files of a SharePoint library: the `.All` file scopes or the site scopes. Files.Read and
 * Files.ReadWrite, which the pages list first, reach only the user's own OneDrive.
 */
export const FILES_READ = ['Files.Read.All', 'Files.ReadWrite.All', ...SITES_READ];
/** Writing files of a SharePoint library. */
export const FILES_WRITE = ['Files.ReadWrite.All', ...SITES_WRITE];
