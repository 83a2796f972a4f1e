import {
  columnKind,
  kindOfSpec,
  listColumnDefinitions,
  listLists,
  siteSchema,
  type GraphClient,
  type ListSpec,
  type SiteLocation,
} from '../../graph';
import type { DoctorFinding, ListProblem } from './doctor-finding';

/**
 * Every list of the schema Bronvast provisions (`siteSchema`): it exists, and has each column
 * with the right type and, where a query filters or orders on it, an index. One finding per list.
 */
export async function checkLists(
  client: GraphClient,
  siteId: string,
  location: SiteLocation,
): Promise<DoctorFinding[]> {
  const lists = await listLists(client, siteId);
  const findings: DoctorFinding[] = [];
  for (const spec of siteSchema(location.lists)) {
    const list = lists.find(
      (candidate) =>
        candidate.name === spec.displayName || candidate.displayName === spec.displayName,
    );
    const problems: ListProblem[] =
      list === undefined
        ? [{ kind: 'list-missing' }]
        : compare(spec, await listColumnDefinitions(client, siteId, list.id));
    findings.push({ check: 'list', list: spec.displayName, problems });
  }
  return findings;
}

function compare(
  spec: ListSpec,
  columns: Awaited<ReturnType<typeof listColumnDefinitions>>,
): ListProblem[] {
  return spec.columns.flatMap((wanted): ListProblem[] => {
    const column = columns.find((candidate) => candidate.name === wanted.name);
    if (column === undefined) return [{ kind: 'column-missing', column: wanted.name }];
    const want = kindOfSpec(wanted);
    const has = columnKind(column) ?? 'other';
    if (want !== has) return [{ kind: 'column-type', column: wanted.name, want, has }];
    return wanted.indexed === true && column.indexed !== true
      ? [{ kind: 'index-missing', column: wanted.name }]
      : [];
  });
}
