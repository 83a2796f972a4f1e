import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { disclosureLevel } from '../core/woo';
import type { XmlExportConfig } from './export-config';
import type { ExportRecord } from './export-record';
import { isDecided } from './inventory-decision';
import { directionOf } from './mail-direction';
import {
  begrip,
  event,
  identificatie,
  textElement,
  verwijzing,
  type Kenmerk,
} from './mdto-elements';
import { MDTO_TERMS, pronomFormat, WAARDERINGEN_MDTO, WOO_ASSESSMENT_LIST } from './mdto-terms';
import { recordNumber } from './record-number';

/** MDTO's namespace (version 1.0.1). */
export const MDTO_NAMESPACE = 'https://www.nationaalarchief.nl/mdto';
const SOURCE = 'Bronvast';
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A record's MDTO documents: the informatieobject, and the bestand that represents it; null when
 * the record lacks the file's size or SHA-256 (MDTO requires both, and an empty or invented
 * value would be worse than none: the gap is reported).
 */
export interface MdtoDocuments {
  readonly informatieobject: string;
  readonly bestand: string | null;
}

/**
 * One record in MDTO 1.0.1: the informatieobject (identificatie, naam, events, waardering,
 * archiefvormer, beperkingGebruik from the accepted Woo assessment) and its bestand (omvang,
 * PRONOM format, SHA-256 checksum with its date, URL), each in its own document as MDTO wants.
 */
export function mdtoXml(record: ExportRecord, config: XmlExportConfig): MdtoDocuments {
  const { size } = record;
  const sha256 = record.metadata.sha256 ?? '';
  const checked = record.metadata.filedAt ?? record.createdAt;
  const complete = size !== undefined && SHA256.test(sha256) && checked !== undefined;
  return {
    informatieobject: informatieobjectXml(record, config, complete),
    bestand: complete ? bestandXml(record, { size, sha256, checked }) : null,
  };
}

function informatieobjectXml(
  record: ExportRecord,
  config: XmlExportConfig,
  withFile: boolean,
): string {
  const { metadata } = record;
  const { root, object } = mdtoRoot('informatieobject');
  identificaties(object, record);
  textElement(object, 'naam', nameOf(record));
  begrip(object, 'aggregatieniveau', MDTO_TERMS.archiefstuk);
  textElement(object, 'taal', config.language ?? 'nl');
  events(object, record, config);
  begrip(object, 'waardering', WAARDERINGEN_MDTO[config.waardering ?? 'N']);
  const dossier = (metadata.dossier ?? '').trim();
  if (dossier !== '')
    verwijzing(object, 'isOnderdeelVan', dossier, {
      kenmerk: dossier,
      bron: `${SOURCE} dossierregister`,
    });
  if (withFile) verwijzing(object, 'heeftRepresentatie', record.fileName, bestandId(record));
  verwijzing(object, 'archiefvormer', config.organisation.name, {
    kenmerk: config.organisation.tooiUri,
    bron: 'TOOI',
  });
  beperkingGebruik(object, record);
  return root.end({ prettyPrint: true });
}

// Opname when Bronvast took the record in; Verzending only for mail the organisation sent and
// Ontvangst only for mail it received (MDTO: "door de archiefvormer"), by the sender's domain.
function events(object: XMLBuilder, record: ExportRecord, config: XmlExportConfig): void {
  const { sent, received, filedAt, filedBy } = record.metadata;
  const direction = directionOf(record, config.organisationDomains);
  if (direction === 'sent' && sent !== undefined) event(object, MDTO_TERMS.verzending, sent);
  const arrived = received ?? sent;
  if (direction === 'received' && arrived !== undefined)
    event(object, MDTO_TERMS.ontvangst, arrived);
  if (filedAt !== undefined) event(object, MDTO_TERMS.opname, filedAt, filedBy);
}

interface FileFacts {
  readonly size: number;
  readonly sha256: string;
  readonly checked: Date;
}

function bestandXml(record: ExportRecord, { size, sha256, checked }: FileFacts): string {
  const { root, object } = mdtoRoot('bestand');
  identificatie(object, 'identificatie', bestandId(record));
  textElement(object, 'naam', record.fileName);
  object.ele('omvang').txt(String(size));
  begrip(object, 'bestandsformaat', pronomFormat(record));
  const checksum = object.ele('checksum');
  begrip(checksum, 'checksumAlgoritme', MDTO_TERMS.sha256);
  checksum.ele('checksumWaarde').txt(sha256);
  checksum.ele('checksumDatum').txt(checked.toISOString());
  if (/^https?:\/\//.test(record.webUrl)) textElement(object, 'URLBestand', record.webUrl);
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
  const sourceId = (record.metadata.sourceId ?? '').trim();
  if (sourceId !== '') {
    const bron = record.metadata.sourceKind === 'chat' ? 'Microsoft Teams' : 'Message-ID';
    identificatie(object, 'identificatie', { kenmerk: sourceId, bron });
  }
}

// The Woo assessment restricts use once a records manager accepted it; before, it is "Nader te
// bepalen" from MDTO's own list, never the machine's suggestion.
function beperkingGebruik(parent: XMLBuilder, record: ExportRecord): void {
  const { assessment, grounds, toelichting } = record.metadata;
  const element = parent.ele('beperkingGebruik');
  if (!isDecided(record) || assessment === undefined) {
    begrip(element, 'beperkingGebruikType', MDTO_TERMS.naderTeBepalen);
    return;
  }
  const label = disclosureLevel(assessment).label.nl;
  begrip(element, 'beperkingGebruikType', { label, lijst: WOO_ASSESSMENT_LIST });
  const cited = (grounds ?? []).map((ground) =>
    ground === 'dubbel' ? 'dubbel (in een ander document al beoordeeld)' : `art. ${ground} Woo`,
  );
  const reasons = [...cited, toelichting ?? ''];
  const description = reasons.filter((part) => part.trim() !== '').join('; ');
  if (description !== '') textElement(element, 'beperkingGebruikNadereBeschrijving', description);
}

function bestandId(record: ExportRecord): Kenmerk {
  return { kenmerk: `${recordNumber(record)}-bestand`, bron: SOURCE };
}

function nameOf(record: ExportRecord): string {
  const subject = (record.metadata.subject ?? '').trim();
  return subject === '' ? record.fileName : subject;
}
