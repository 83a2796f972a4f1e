import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { wooCategory, wooCategoryByTooiId } from '../core/woo';
import { dutchDate } from './dutch-date';
import type { XmlExportConfig } from './export-config';
import type { ExportRecord } from './export-record';
import {
  DIWOO_LANGUAGES,
  diwooFormat,
  diwooHandelingen,
  publicationCategory,
  type DiwooTerm,
} from './diwoo-terms';
import { recordNumber } from './record-number';
import { xmlText } from './xml-text';

/** DiWoo metadata's namespace (version 0.9.8). */
export const DIWOO_NAMESPACE = 'https://standaarden.overheid.nl/diwoo/metadata/';

/**
 * One record's DiWoo metadata document (`diwoo:Document`), valid against DiWoo 0.9.8: publisher
 * from configuration, the subject as official title, the Woo information category as its TOOI
 * URI (art. 3.3 lid 2 i for a Woo request; else the record's own, art. 3.1 when it has none and
 * the gap is reported), creation date, language, format where the list has it, the dossier as
 * aggregatiekenmerk and the document's action with its time.
 */
export function diwooXml(record: ExportRecord, config: XmlExportConfig): string {
  const document = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    DIWOO_NAMESPACE,
    'diwoo:Document',
  );
  writeDiwoo(document, record, config);
  return document.end({ prettyPrint: true });
}

/** Writes the `diwoo:DiWoo` metadata of a record into a `diwoo:Document` element. */
export function writeDiwoo(
  document: XMLBuilder,
  record: ExportRecord,
  config: XmlExportConfig,
): void {
  const { metadata } = record;
  const diwoo = document.ele('diwoo:DiWoo');
  const identifiers = diwoo.ele('diwoo:identifiers');
  text(identifiers, 'diwoo:identifier', String(recordNumber(record)));
  if ((metadata.sourceId ?? '').trim() !== '')
    text(identifiers, 'diwoo:identifier', metadata.sourceId ?? '');
  term(diwoo, 'diwoo:publisher', {
    resource: config.organisation.tooiUri,
    label: config.organisation.name,
  });
  text(diwoo.ele('diwoo:titelcollectie'), 'diwoo:officieleTitel', titleOf(record));
  const category = categoryOf(publicationCategory(record, config.context ?? 'actief'));
  term(
    diwoo.ele('diwoo:classificatiecollectie').ele('diwoo:informatiecategorieen'),
    'diwoo:informatiecategorie',
    category,
  );
  const created = metadata.sent ?? metadata.received;
  if (created !== undefined) diwoo.ele('diwoo:creatiedatum').txt(dutchDate(created));
  term(diwoo, 'diwoo:language', DIWOO_LANGUAGES[config.language ?? 'nl']);
  const format = diwooFormat(record);
  if (format !== null) term(diwoo, 'diwoo:format', format);
  const dossier = (metadata.dossier ?? '').trim();
  if (dossier !== '') text(diwoo, 'diwoo:aggregatiekenmerk', dossier);
  const handelingen = diwoo.ele('diwoo:documenthandelingen');
  for (const handeling of diwooHandelingen(record, config.organisationDomains)) {
    const element = handelingen.ele('diwoo:documenthandeling');
    term(element, 'diwoo:soortHandeling', handeling.soort);
    element.ele('diwoo:atTime').txt(handeling.at.toISOString());
  }
}

function text(parent: XMLBuilder, name: string, value: string): void {
  parent.ele(name).txt(xmlText(value));
}

function term(parent: XMLBuilder, name: string, value: DiwooTerm): void {
  parent.ele(name, { resource: xmlText(value.resource) }).txt(xmlText(value.label));
}

function titleOf(record: ExportRecord): string {
  const subject = (record.metadata.subject ?? '').replace(/\s+/g, ' ').trim();
  return subject === '' ? record.fileName : subject;
}

function categoryOf(tooiId: string | null): DiwooTerm {
  const category = (tooiId === null ? null : wooCategoryByTooiId(tooiId)) ?? wooCategory('3.1');
  return { resource: category.uri, label: category.pluralLabel };
}
