/** The task pane's views the workbench address can open: `/?view=unfiled` opens "nog vastleggen". */
const PANE_VIEWS: readonly string[] = ['unfiled'];

/**
 * The query string of the task pane's frame: the display language, and the pane view the
 * workbench's own address names (`?view=unfiled`), so a link to the workbench can open the pane
 * on that view as Outlook opens an add-in on its launch URL.
 */
export function paneQuery(displayLanguage: string, workbenchSearch: string): string {
  const query = new URLSearchParams({ lang: displayLanguage });
  const view = new URLSearchParams(workbenchSearch).get('view');
  if (view !== null && PANE_VIEWS.includes(view)) query.set('view', view);
  return `?${query.toString()}`;
}
