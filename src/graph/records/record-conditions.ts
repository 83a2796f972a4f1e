import type { DossierId, ReviewStatus } from '../../core';
import { isRenditionName } from './rendition-name';
import { odataString } from '../request';
import type { GraphFields, GraphListItem } from '../wire-types';

/** A filter on the records library's indexed columns; every part optional. */
export interface RecordQuery {
  readonly status?: ReviewStatus;
  readonly dossier?: DossierId;
  readonly filedBy?: string;
  /** Filed at or after. */
  readonly filedFrom?: Date;
  /** Filed at or before. */
  readonly filedTo?: Date;
  /** Default newest first. */
  readonly order?: 'newest-first' | 'oldest-first';
  /** Page size, default 50. */
  readonly top?: number;
}

/**
 * The one indexed field a query is sent with (SharePoint filters one indexed field at a time),
 * the most selective the query names: dossier, filer, filing time, review status. Undefined
 * when it names none.
 */
export function drivingFilter(query: RecordQuery): string | undefined {
  if (query.dossier !== undefined) return `fields/BronvastDossier eq ${odataString(query.dossier)}`;
  if (query.filedBy !== undefined) return `fields/BronvastFiledBy eq ${odataString(query.filedBy)}`;
  const range = [
    query.filedFrom && `fields/BronvastFiledAt ge ${odataString(query.filedFrom.toISOString())}`,
    query.filedTo && `fields/BronvastFiledAt le ${odataString(query.filedTo.toISOString())}`,
  ].filter((part) => part !== undefined);
  if (range.length > 0) return range.join(' and ');
  return query.status === undefined
    ? undefined
    : `fields/BronvastReviewStatus eq ${odataString(query.status)}`;
}

/** Whether a record's columns meet every part of the query (checked on the client). */
export function meetsQuery(item: GraphListItem, query: RecordQuery): boolean {
  const fields = item.fields ?? {};
  if (isRenditionName(fields['FileLeafRef'])) return false;
  const filedAt = filedAtOf(fields);
  if (
    query.status !== undefined &&
    (fields['BronvastReviewStatus'] ?? 'te-beoordelen') !== query.status
  )
    return false;
  if (query.dossier !== undefined && !sameText(fields['BronvastDossier'], query.dossier))
    return false;
  if (query.filedBy !== undefined && !sameText(fields['BronvastFiledBy'], query.filedBy))
    return false;
  if (
    query.filedFrom !== undefined &&
    (filedAt === undefined || filedAt < query.filedFrom.getTime())
  )
    return false;
  return !(
    query.filedTo !== undefined &&
    (filedAt === undefined || filedAt > query.filedTo.getTime())
  );
}

/** The filing time of a record's columns in milliseconds; undefined when it has none. */
export function filedAtOf(fields: GraphFields): number | undefined {
  const value = fields['BronvastFiledAt'];
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

// SharePoint compares text case-insensitively; so does the client.
function sameText(value: unknown, wanted: string): boolean {
  return typeof value === 'string' && value.toLowerCase() === wanted.toLowerCase();
}
