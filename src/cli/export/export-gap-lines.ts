import type { LocalizedText } from '../../core/woo';
import type { AttachmentGapReason, GapField, InvalidFile, RecordGap } from '../../exports';
import type { UiLanguage } from '../../texts';

const GAPS: Readonly<Record<GapField, LocalizedText>> = {
  dossier: { nl: 'dossier', en: 'dossier' },
  assessment: { nl: 'beoordeling', en: 'assessment' },
  unassessed: {
    nl: 'niet beoordeeld door een informatiebeheerder ("Niet openbaar" vermeld; Nader te bepalen in MDTO)',
    en: 'not assessed by a records manager ("Niet openbaar" stated; Nader te bepalen in MDTO)',
  },
  sent: {
    nl: 'verzend- of ontvangstdatum (datum van vastleggen gebruikt)',
    en: 'sent or received date (filing date used)',
  },
  conversation: { nl: 'gesprek (conversation id)', en: 'conversation id' },
  subject: { nl: 'onderwerp', en: 'subject' },
  'woo-category': {
    nl: 'Woo-informatiecategorie (art. 3.1 gebruikt)',
    en: 'Woo category (art. 3.1 used)',
  },
  sha256: { nl: 'SHA-256 (geen bestand-document)', en: 'SHA-256 (no bestand document)' },
  size: { nl: 'bestandsgrootte (geen bestand-document)', en: 'file size (no bestand document)' },
  'source-id': { nl: 'bron-id', en: 'source id' },
  attachments: {
    nl: 'bijlagen (MIME onleesbaar)',
    en: 'attachments (MIME unreadable)',
  },
  'attachment-unassessed': {
    nl: 'beoordeling van bijlagen (tekst niet te lezen)',
    en: 'assessment of attachments (text unreadable)',
  },
  'ground-not-applicable': {
    nl: 'gronden die hier niet van toepassing zijn en zijn weggelaten',
    en: 'grounds that do not apply here and were left out',
  },
};

const REASONS: Readonly<Record<AttachmentGapReason, LocalizedText>> = {
  'unsupported-format': { nl: 'formaat niet gelezen', en: 'format not read' },
  encrypted: { nl: 'versleuteld', en: 'encrypted' },
  damaged: { nl: 'beschadigd', en: 'damaged' },
  'no-text': { nl: 'geen tekst', en: 'no text' },
  'too-large': { nl: 'te groot', en: 'too large' },
  'not-read': { nl: 'niet gelezen', en: 'not read' },
};

function details(gap: RecordGap, lang: UiLanguage): string {
  const attachments = (gap.attachments ?? []).map(
    (attachment) => `${attachment.name} (${REASONS[attachment.reason][lang]})`,
  );
  const parts = [...attachments, ...(gap.grounds ?? [])];
  return parts.length === 0 ? '' : ` [${parts.join('; ')}]`;
}

/** The list of gaps printed at the end of an export. */
export function gapLines(gaps: readonly RecordGap[], lang: UiLanguage): string[] {
  if (gaps.length === 0) return [];
  const head =
    lang === 'nl'
      ? `Onvolledig: ${gaps.length} record(s) zijn geschreven met wat bekend is; dit ontbreekt:`
      : `Incomplete: ${gaps.length} record(s) were written with what is known; missing:`;
  return [
    head,
    ...gaps.map(
      (gap) =>
        `  ${gap.fileName || gap.recordId} [${gap.recordId}]: ${gap.missing.map((field) => GAPS[field][lang]).join(', ')}${details(gap, lang)}`,
    ),
  ];
}

/** The files the validator refused, one line each, with the record they describe. */
export function invalidFileLines(invalid: readonly InvalidFile[], lang: UiLanguage): string[] {
  const record = lang === 'nl' ? 'record' : 'record';
  return invalid.map(
    (file) =>
      `  ${file.file}${file.record === '' ? '' : ` (${record} "${file.record}")`}: ${file.message}`,
  );
}
