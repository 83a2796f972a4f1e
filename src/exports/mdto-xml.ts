import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { disclosureLevel } from '../core/woo/levels';
import type { ExportOrganisation, XmlExportConfig } from './export-config';
import type { ExportRecord } from './export-record';
import { MDTO_TERMS, pronomFormat, WOO_ASSESSMENT_LIST, type MdtoBegrip } from './mdto-terms';
import { recordNumber } from './record-number';

/** MDTO's namespace (version 1.0.1). */
export const MDTO_NAMESPACE = 'https://www.nationaalarchief.nl/mdto';
const SOURCE = 'Bronvast';

/** A record's two MDTO documents: the informatieobject and the bestand that represents it. */
export interface MdtoDocuments {
  readonly informatieobject: string;
  readonly bestand: string;
}

/**
 * One record in MDTO 1.0.1: the informatieobject (identificatie, naam, events, waardering,
 * archiefvormer, beperkingGebruik from the Woo assessment) and its bestand (omvang, PRONOM
 * format, SHA-256 checksum with its date, URL), each in its own document as MDTO wants.
 */
export function mdtoXml(record: ExportRecord, config: XmlExportConfig): MdtoDocuments {
  return { informatieobject: informatieobjectXml(record, config), bestand: bestandXml(record) };
}

function informatieobjectXml(record: ExportRecord, config: XmlExportConfig): string {
  const { metadata } = record;
  const { root, object } = mdtoRoot('informatieobject');
  identificaties(object, record);
  object.ele('naam').txt(nameOf(record));
  begrip(object, 'aggregatieniveau', MDTO_TERMS.archiefstuk);
  object.ele('taal').txt(config.language ?? 'nl');
  if (metadata.sent !== undefined) event(object, MDTO_TERMS.verzending, metadata.sent);
  if (metadata.received !== undefined) event(object, MDTO_TERMS.ontvangst, metadata.received);
  if (metadata.filedAt !== undefined)
    event(object, MDTO_TERMS.registratie, metadata.filedAt, metadata.filedBy);
  const waardering = config.waardering;
  begrip(
    object,
    'waardering',
    waardering === undefined
      ? MDTO_TERMS.nogNietBepaald
      : { ...waardering, lijst: MDTO_TERMS.nogNietBepaald.lijst },
  );
  if ((metadata.dossier ?? '') !== '')
    verwijzing(object, 'isOnderdeelVan', metadata.dossier ?? '', {
      kenmerk: metadata.dossier ?? '',
      bron: `${SOURCE} dossierregister`,
    });
  verwijzing(object, 'heeftRepresentatie', record.fileName, bestandId(record));
  organisation(object, 'archiefvormer', config.organisation);
  beperkingGebruik(object, record);
  return root.end({ prettyPrint: true });
}

function bestandXml(record: ExportRecord): string {
  const { root, object } = mdtoRoot('bestand');
  object
    .ele('identificatie')
    .ele('identificatieKenmerk')
    .txt(bestandId(record).kenmerk)
    .up()
    .ele('identificatieBron')
    .txt(SOURCE);
  object.ele('naam').txt(record.fileName);
  object.ele('omvang').txt(String(record.size ?? 0));
  begrip(object, 'bestandsformaat', pronomFormat(record));
  const checksum = object.ele('checksum');
  begrip(checksum, 'checksumAlgoritme', MDTO_TERMS.sha256);
  checksum.ele('checksumWaarde').txt(record.metadata.sha256 ?? '');
  checksum
    .ele('checksumDatum')
    .txt((record.metadata.filedAt ?? record.createdAt ?? new Date(0)).toISOString());
  if (record.webUrl !== '') object.ele('URLBestand').txt(record.webUrl);
  verwijzing(object, 'isRepresentatieVan', nameOf(record), {
    kenmerk: String(recordNumber(record)),
    bron: SOURCE,
  });
  return root.end({ prettyPrint: true });
}

function mdtoRoot(kind: 'informatieobject' | 'bestand'): { root: XMLBuilder; object: XMLBuilder } {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(MDTO_NAMESPACE, 'MDTO');
  return { root, object: root.ele(kind) };
}

function identificaties(object: XMLBuilder, record: ExportRecord): void {
  identificatie(object, 'identificatie', { kenmerk: String(recordNumber(record)), bron: SOURCE });
  const sourceId = record.metadata.sourceId;
  if (sourceId !== undefined && sourceId !== '') {
    const bron = record.metadata.sourceKind === 'chat' ? 'Microsoft Teams' : 'Message-ID';
    identificatie(object, 'identificatie', { kenmerk: sourceId, bron });
  }
}

interface Kenmerk {
  readonly kenmerk: string;
  readonly bron: string;
}

function identificatie(parent: XMLBuilder, name: string, id: Kenmerk): void {
  parent
    .ele(name)
    .ele('identificatieKenmerk')
    .txt(id.kenmerk)
    .up()
    .ele('identificatieBron')
    .txt(id.bron);
}

function verwijzing(parent: XMLBuilder, name: string, naam: string, id?: Kenmerk): void {
  const element = parent.ele(name);
  element.ele('verwijzingNaam').txt(naam);
  if (id !== undefined) identificatie(element, 'verwijzingIdentificatie', id);
}

function begrip(parent: XMLBuilder, name: string, value: MdtoBegrip): void {
  const element = parent.ele(name);
  element.ele('begripLabel').txt(value.label);
  if (value.code !== undefined) element.ele('begripCode').txt(value.code);
  verwijzing(element, 'begripBegrippenlijst', value.lijst);
}

function event(parent: XMLBuilder, type: MdtoBegrip, at: Date, actor?: string): void {
  const element = parent.ele('event');
  begrip(element, 'eventType', type);
  element.ele('eventTijd').txt(at.toISOString());
  if (actor !== undefined && actor !== '')
    verwijzing(element, 'eventVerantwoordelijkeActor', actor);
}

function organisation(parent: XMLBuilder, name: string, org: ExportOrganisation): void {
  verwijzing(parent, name, org.name, { kenmerk: org.tooiUri, bron: 'TOOI' });
}

function beperkingGebruik(parent: XMLBuilder, record: ExportRecord): void {
  const { assessment, grounds, toelichting } = record.metadata;
  const element = parent.ele('beperkingGebruik');
  const label =
    assessment === undefined ? 'Nog niet beoordeeld' : disclosureLevel(assessment).label.nl;
  begrip(element, 'beperkingGebruikType', { label, lijst: WOO_ASSESSMENT_LIST });
  const reasons = [...(grounds ?? []).map((ground) => `art. ${ground} Woo`), toelichting ?? ''];
  const description = reasons.filter((part) => part !== '').join('; ');
  if (description !== '') element.ele('beperkingGebruikNadereBeschrijving').txt(description);
}

function bestandId(record: ExportRecord): Kenmerk {
  return { kenmerk: `${recordNumber(record)}-bestand`, bron: SOURCE };
}

function nameOf(record: ExportRecord): string {
  const subject = (record.metadata.subject ?? '').trim();
  return subject === '' ? record.fileName : subject;
}
