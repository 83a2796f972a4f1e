// The rendition alone, as the records index leaves it out (it brings the Woo categories' table).
import {
  RENDITION_CATEGORY_LABEL,
  RENDITION_KIND_LABEL,
} from '../../core/records/record-rendition';
import type { WooSearchQuery } from '../../core/woo-desk';
import { areaFolder, INTAKE_FOLDER, RECORDS_FOLDER } from '../records/record-areas';
import { encodeDrivePath } from '../request';

/**
 * The managed properties the desk's filters use. A list column becomes queryable in Microsoft
 * Search only when an administrator maps its crawled property (`ows_MailSent`) to a refinable
 * managed property in the search schema
 * (https://learn.microsoft.com/en-us/sharepoint/manage-search-schema); docs/woo-desk.md names
 * the mapping. Text, dossier folder and kind need none.
 */
export interface WooSearchSchema {
  /** The RefinableDate managed property `ows_MailSent` is mapped to. */
  readonly date: string;
}

/** The mapping docs/woo-desk.md asks an administrator to make. */
export const DEFAULT_SEARCH_SCHEMA: WooSearchSchema = { date: 'RefinableDate00' };

/** The first line labels of a record's text rendition that filters look for. */
export const RENDITION_LABELS = {
  kind: RENDITION_KIND_LABEL,
  category: RENDITION_CATEGORY_LABEL,
} as const;

const day = (date: Date) => date.toISOString().slice(0, 10);
const quoted = (value: string) => `"${value.replace(/"/g, '')}"`;

/**
 * The KQL of a desk search: the coordinator's words in parentheses (so their OR cannot widen
 * the scope), AND the records library (or a dossier's folders in it: the intake area's and the
 * records area's, where a decision moves a record) as a `path:` restriction,
 * AND only the records' text renditions (`filetype:txt`), AND the filters. KQL as in
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/keyword-query-language-kql-syntax-reference.
 */
export function wooKql(
  query: WooSearchQuery,
  recordsWebUrl: string,
  schema: WooSearchSchema = DEFAULT_SEARCH_SCHEMA,
): string {
  const base = recordsWebUrl.replace(/\/+$/, '');
  const dossier = query.dossier;
  const scope =
    dossier === undefined
      ? `path:${quoted(base)}`
      : `(${[INTAKE_FOLDER, RECORDS_FOLDER]
          .map((area) => `path:${quoted(`${base}/${encodeDrivePath(areaFolder(area, dossier))}`)}`)
          .join(' OR ')})`;
  const parts = [`(${query.text.trim()})`, scope, 'filetype:txt'];
  if (query.from !== undefined) parts.push(`${schema.date}>=${day(query.from)}`);
  if (query.to !== undefined) parts.push(`${schema.date}<=${day(query.to)}`);
  if (query.category !== undefined)
    parts.push(quoted(`${RENDITION_LABELS.category} ${query.category}`));
  if (query.kind !== undefined) parts.push(quoted(`${RENDITION_LABELS.kind} ${query.kind}`));
  return parts.join(' AND ');
}
