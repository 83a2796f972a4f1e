import type { Discrepancy } from '../../core';
import type { UiLanguage } from '../../texts';
// The texts themselves, not the UI's index: the command line runs in Node and loads no React.
import { describeDiscrepancy } from '../../texts';
import type { VerifyUsageError } from './verify-args';

const USAGE: Readonly<Record<UiLanguage, string>> = {
  nl: `Gebruik: bronvast verify --graph-url URL --site HOST:/sites/PAD [--dossier KENMERK ...] [opties]

Controleert het archief: van elk record de inhoud tegen de vastgelegde SHA-256, de
beoordelingskolommen tegen de logboekgebeurtenissen die ze claimen en de versiegeschiedenis,
dat elke beslissing van een informatiebeheerder is (lid van hun groep), en het logboek zelf:
de keten van gebeurtenissen, verwijderde en gewijzigde gebeurtenissen.

Opties:
  --dossier KENMERK              alleen de records van dit dossier (vaker te geven)
  --records-managers-group ID    groep informatiebeheerders (of BRONVAST_RECORDS_MANAGERS_GROUP)
  --concurrency N                zoveel downloads tegelijk (standaard 8)
  --lang nl|en                   taal van de uitvoer (standaard nl)
  -h, --help                     deze hulp

Het toegangstoken staat in BRONVAST_GRAPH_TOKEN.
Uitvoer: een regel per afwijking, dan een samenvatting.
Afsluitcode: 0 niets gevonden, 1 afwijkingen of het archief gaf een fout, 2 gebruiksfout.
`,
  en: `Usage: bronvast verify --graph-url URL --site HOST:/sites/PATH [--dossier KENMERK ...] [options]

Checks the record system: every record's content against its filed SHA-256, its review columns
against the audit events that claim them and its version history, that every decision is a
records manager's (a member of their group), and the audit log itself: its chain of events,
deleted and changed events.

Options:
  --dossier KENMERK              only the records of this dossier (may be repeated)
  --records-managers-group ID    the records managers' group (or BRONVAST_RECORDS_MANAGERS_GROUP)
  --concurrency N                this many downloads at once (default 8)
  --lang nl|en                   language of the output (default nl)
  -h, --help                     this help

The access token is in BRONVAST_GRAPH_TOKEN.
Output: one line per discrepancy, then a summary.
Exit code: 0 nothing found, 1 discrepancies or the record system failed, 2 usage error.
`,
};

const ERRORS: Readonly<Record<VerifyUsageError, Readonly<Record<UiLanguage, string>>>> = {
  'invalid-option': {
    nl: 'Deze optie is onbekend of onvolledig.',
    en: 'This option is unknown or incomplete.',
  },
  'missing-graph-url': { nl: '--graph-url ontbreekt.', en: '--graph-url is missing.' },
  'invalid-site': {
    nl: '--site moet de vorm HOSTNAAM:/sites/PAD hebben.',
    en: '--site must have the form HOSTNAME:/sites/PATH.',
  },
  'missing-token': {
    nl: 'Geen toegangstoken: zet de omgevingsvariabele BRONVAST_GRAPH_TOKEN.',
    en: 'No access token: set the environment variable BRONVAST_GRAPH_TOKEN.',
  },
  'missing-records-managers-group': {
    nl: 'Geef de groep informatiebeheerders met --records-managers-group GROEP-ID of BRONVAST_RECORDS_MANAGERS_GROUP.',
    en: "Give the records managers' group with --records-managers-group GROUP-ID or BRONVAST_RECORDS_MANAGERS_GROUP.",
  },
  'invalid-concurrency': {
    nl: '--concurrency is een getal van 1 tot 64.',
    en: '--concurrency is a number from 1 to 64.',
  },
};

/** The help text of `bronvast verify`. */
export const verifyUsage = (lang: UiLanguage): string => USAGE[lang];

/** `bronvast verify: <sentence> (<detail>)`. */
export function verifyErrorLine(
  error: VerifyUsageError | 'graph-failed',
  detail: string,
  lang: UiLanguage,
): string {
  const sentence =
    error === 'graph-failed'
      ? lang === 'nl'
        ? 'Het archiefsysteem gaf een fout; de controle is niet voltooid.'
        : 'The record system returned an error; the check did not finish.'
      : ERRORS[error][lang];
  return `bronvast verify: ${sentence}${detail === '' ? '' : ` (${detail})`}`;
}

/** One discrepancy as a line: the record (id and file) or the audit event, then the sentence. */
export function discrepancyLine(
  discrepancy: Discrepancy,
  fileNames: ReadonlyMap<string, string>,
  lang: UiLanguage,
): string {
  const sentence = describeDiscrepancy(discrepancy, lang);
  if (discrepancy.code.startsWith('adjustment-'))
    return `${lang === 'nl' ? 'geleerde relevantie' : 'learnt relevance'}: ${sentence}`;
  if (discrepancy.record === undefined)
    return `${lang === 'nl' ? 'logboek' : 'audit log'}: ${sentence}`;
  const name = fileNames.get(discrepancy.record);
  return `record ${discrepancy.record}${name === undefined || name === '' ? '' : ` (${name})`}: ${sentence}`;
}

/** The summary after the lines. */
export function summaryLine(
  verdict: {
    readonly records: number;
    readonly events: number;
    readonly found: number;
    readonly affected: number;
  },
  lang: UiLanguage,
): string {
  const { records, events, found, affected } = verdict;
  if (lang === 'en')
    return found === 0
      ? `Checked ${records} records and ${events} audit events: nothing amiss.`
      : `Checked ${records} records and ${events} audit events: ${found} discrepancies, ${affected} records affected.`;
  return found === 0
    ? `${records} records en ${events} logboekgebeurtenissen gecontroleerd: geen afwijkingen.`
    : `${records} records en ${events} logboekgebeurtenissen gecontroleerd: ${found} afwijkingen, ${affected} records betrokken.`;
}
