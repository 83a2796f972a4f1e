import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { wooCategory, wooCategoryByTooiId } from '../core/woo/categories';
import { dutchDate } from './dutch-date';
import type { XmlExportConfig } from './export-config';
import type { ExportRecord } from './export-record';
import { DIWOO_LANGUAGES, diwooFormat, diwooHandelingen, type DiwooTerm } from './diwoo-terms';
import { recordNumber } from './record-number';

/** DiWoo metadata's namespace (version 0.9.8). */
export const DIWOO_NAMESPACE = 'https://standaarden.overheid.nl/diwoo/metadata/';

/**
 * One record's DiWoo metadata document (`diwoo:Document`), valid against DiWoo 0.9.8: publisher
 * from configuration, the subject as official title, the Woo information category as its TOOI
 * URI (art. 3.1 when the record has none; the gap is reported), creation date, language, format,
 * the dossier as aggregatiekenmerk and the document's actions with their time.
 */
export function diwooXml(record: ExportRecord, config: XmlExportConfig): string {
  const { metadata } = record;
  const document = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    DIWOO_NAMESPACE,
    'diwoo:Document',
  );
  const diwoo = document.ele('diwoo:DiWoo');
  const identifiers = diwoo.ele('diwoo:identifiers');
  identifiers.ele('diwoo:identifier').txt(String(recordNumber(record)));
  if (metadata.sourceId !== undefined) identifiers.ele('diwoo:identifier').txt(metadata.sourceId);
  term(diwoo, 'diwoo:publisher', {
    resource: config.organisation.tooiUri,
    label: config.organisation.name,
  });
  diwoo.ele('diwoo:titelcollectie').ele('diwoo:officieleTitel').txt(titleOf(record));
  const category = categoryOf(metadata.wooCategory ?? null);
  term(
    diwoo.ele('diwoo:classificatiecollectie').ele('diwoo:informatiecategorieen'),
    'diwoo:informatiecategorie',
    category,
  );
  const created = metadata.sent ?? metadata.received;
  if (created !== undefined) diwoo.ele('diwoo:creatiedatum').txt(dutchDate(created));
  term(diwoo, 'diwoo:language', DIWOO_LANGUAGES[config.language ?? 'nl']);
  term(diwoo, 'diwoo:format', diwooFormat(record));
  if ((metadata.dossier ?? '') !== '')
    diwoo.ele('diwoo:aggregatiekenmerk').txt(metadata.dossier ?? '');
  const handelingen = diwoo.ele('diwoo:documenthandelingen');
  for (const handeling of diwooHandelingen(record)) {
    const element = handelingen.ele('diwoo:documenthandeling');
    term(element, 'diwoo:soortHandeling', handeling.soort);
    element.ele('diwoo:atTime').txt(handeling.at.toISOString());
  }
  return document.end({ prettyPrint: true });
}

function term(parent: XMLBuilder, name: string, value: DiwooTerm): void {
  parent.ele(name, { resource: value.resource }).txt(value.label);
}

function titleOf(record: ExportRecord): string {
  const subject = (record.metadata.subject ?? '').trim();
  return subject === '' ? record.fileName : subject;
}

function categoryOf(tooiId: string | null): DiwooTerm {
  const category = (tooiId === null ? null : wooCategoryByTooiId(tooiId)) ?? wooCategory('3.1');
  return { resource: category.uri, label: category.pluralLabel };
}
