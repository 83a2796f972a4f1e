import type { Dossier } from '../../core';
import { asDossierId } from '../../core/vocabulary';
// Chunking: the Teams tab's first view reads the dossier registry; the Woo index would bring the
// exception grounds and their explanations into that first chunk.
import { wooCategoryCodeOf } from '../../core/woo/categories';
import type { GraphFields } from '../wire-types';

/** The Dossiers list's columns for a dossier (docs/graph-surface.md); absent values left out. */
export function dossierFieldsFromDossier(dossier: Partial<Dossier>): Record<string, string> {
  const fields: Record<string, string> = {};
  if (dossier.id !== undefined) fields['Kenmerk'] = dossier.id;
  if (dossier.title !== undefined) fields['Title'] = dossier.title;
  if (dossier.description !== undefined) fields['Description'] = dossier.description;
  if (dossier.keywords !== undefined) fields['Keywords'] = dossier.keywords.join(';');
  if (dossier.owner !== undefined) fields['Owner'] = dossier.owner;
  if (dossier.status !== undefined) fields['Status'] = dossier.status;
  if (dossier.defaultCategory !== undefined) fields['DefaultCategory'] = dossier.defaultCategory;
  if (dossier.retentionLabel !== undefined) fields['RetentionLabel'] = dossier.retentionLabel;
  return fields;
}

/** Reads a dossier from its list item fields; null without a kenmerk. */
export function dossierFromFields(fields: GraphFields): Dossier | null {
  const kenmerk = text(fields, 'Kenmerk');
  if (kenmerk === '') return null;
  const keywords = text(fields, 'Keywords')
    .split(';')
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const status = fields['Status'];
  const optional = (name: string, key: keyof Dossier) => {
    const value = text(fields, name);
    return value === '' ? {} : { [key]: value };
  };
  return {
    id: asDossierId(kenmerk),
    title: text(fields, 'Title'),
    ...optional('Description', 'description'),
    ...(keywords.length === 0 ? {} : { keywords }),
    ...(status === 'open' || status === 'closed' ? { status } : {}),
    ...optional('Owner', 'owner'),
    ...defaultCategory(text(fields, 'DefaultCategory')),
    ...optional('RetentionLabel', 'retentionLabel'),
  };
}

/** The column's category, when it names one of art. 3.3 or 3.1 (by code or TOOI id). */
function defaultCategory(value: string): Pick<Dossier, 'defaultCategory'> {
  const code = wooCategoryCodeOf(value);
  return code === null ? {} : { defaultCategory: code };
}

function text(fields: GraphFields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}
