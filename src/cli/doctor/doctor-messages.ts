import type { GraphSurface } from '../../host';
import type { UiLanguage } from '../../texts';
import type { DoctorFinding, FindingStatus, ListProblem } from './doctor-finding';

type Texts = {
  readonly status: Readonly<Record<FindingStatus, string>>;
  readonly surfaces: Readonly<Record<GraphSurface, string>>;
  readonly line: (finding: DoctorFinding) => string;
};

const PROVISION = 'npm run provision -- --site HOST:/sites/PAD (Sites.Manage.All)';

const NL: Texts = {
  status: { ok: 'OK  ', fail: 'FOUT', info: 'INFO' },
  surfaces: {
    outlook: 'Outlook-invoegtoepassing',
    teams: 'Teams-tabblad',
    review: 'beoordelingspagina',
    'cli-file': 'bronvast file',
    'cli-assess': 'bronvast assess --site',
    'cli-export': 'bronvast export',
    'cli-woo': 'bronvast woo',
    'cli-verify': 'bronvast verify',
    'cli-doctor': 'bronvast doctor',
    provision: 'inrichten (scripts/provision.ts)',
  },
  line: (finding) => nlLine(finding),
};

function nlLine(finding: DoctorFinding): string {
  switch (finding.check) {
    case 'site':
      return finding.ok
        ? `Site gevonden (${finding.siteId}).`
        : `Site niet bereikbaar (${finding.reason}). Controleer --site, --graph-url en het token.`;
    case 'token':
      return finding.kind === 'application'
        ? 'Het token is een app-token (roles): de rechten per onderdeel zijn gedelegeerd en worden niet gecontroleerd.'
        : 'Het token is niet te lezen: geen JWT met scp en geen dev-token. Rechten niet gecontroleerd.';
    case 'surface':
      return finding.missing.length === 0
        ? `Rechten ${NL.surfaces[finding.surface]}: compleet.`
        : `Rechten ${NL.surfaces[finding.surface]}: ontbreekt ${finding.missing.join(', ')}${consentNl(finding.adminConsent)}. Voeg ze toe aan de app-registratie en geef toestemming in Microsoft Entra ID.`;
    case 'list':
      return finding.problems.length === 0
        ? `Lijst ${finding.list}: kolommen, typen en indexen in orde.`
        : `Lijst ${finding.list}: ${finding.problems.map(problemNl).join('; ')}. Voer ${PROVISION} uit.`;
    case 'label':
      return finding.exists
        ? `Bewaarlabel '${finding.label}' bestaat.`
        : `Bewaarlabel '${finding.label}' uit het dossierregister bestaat niet in Purview: maak het aan of pas het dossier aan.`;
    case 'labels':
      return finding.reason === 'none-named'
        ? 'Geen dossier noemt een bewaarlabel.'
        : `Bewaarlabels niet te lezen (${finding.detail ?? ''}): het token heeft RecordsManagement.Read.All nodig.`;
    case 'round-trip':
      return finding.error === undefined
        ? `Schrijftest, ${STEP_NL[finding.step]}: gelukt.`
        : `Schrijftest, ${STEP_NL[finding.step]}: mislukt (${finding.error}). Controleer Sites.ReadWrite.All en de rechten op de bibliotheek.`;
    case 'probe':
      return `Tenantvraag ${finding.probe}: ${ANSWERS_NL[finding.answer] ?? finding.answer}.${finding.ok ? '' : ' Bronvast heeft dit nodig; zie docs/graph-surface.md.'}`;
  }
}

const ANSWERS_NL: Readonly<Record<string, string>> = {
  'no-fields': 'versies komen zonder kolomwaarden (Bronvast vraagt $expand=fields)',
  fields: 'versies komen met kolomwaarden',
  'at-creation': 'geweigerd bij het aanmaken (409)',
  'at-last-chunk': 'aangenomen; het conflict komt pas bij het laatste deel',
  answered: 'beantwoord',
  exposed: 'Retry-After is leesbaar voor webpagina’s',
  'not-exposed': 'Retry-After is niet leesbaar voor webpagina’s',
};

const STEP_NL = {
  upload: 'uploaden',
  columns: 'kolommen schrijven',
  version: 'versie met kolomwaarden',
  download: 'downloaden via downloadUrl',
  delete: 'verwijderen',
} as const;

function problemNl(problem: ListProblem): string {
  switch (problem.kind) {
    case 'list-missing':
      return 'ontbreekt';
    case 'column-missing':
      return `kolom ${problem.column} ontbreekt`;
    case 'column-type':
      return `kolom ${problem.column} is ${problem.has}, moet ${problem.want} zijn`;
    case 'index-missing':
      return `kolom ${problem.column} heeft geen index`;
  }
}

const consentNl = (scopes: readonly string[]) =>
  scopes.length === 0 ? '' : ` (beheerderstoestemming nodig voor ${scopes.join(', ')})`;

const EN: Texts = {
  status: { ok: 'OK  ', fail: 'FAIL', info: 'INFO' },
  surfaces: {
    outlook: 'Outlook add-in',
    teams: 'Teams tab',
    review: 'review page',
    'cli-file': 'bronvast file',
    'cli-assess': 'bronvast assess --site',
    'cli-export': 'bronvast export',
    'cli-woo': 'bronvast woo',
    'cli-verify': 'bronvast verify',
    'cli-doctor': 'bronvast doctor',
    provision: 'provisioning (scripts/provision.ts)',
  },
  line: (finding) => enLine(finding),
};

function enLine(finding: DoctorFinding): string {
  switch (finding.check) {
    case 'site':
      return finding.ok
        ? `Site found (${finding.siteId}).`
        : `Site not reachable (${finding.reason}). Check --site, --graph-url and the token.`;
    case 'token':
      return finding.kind === 'application'
        ? 'The token is an app token (roles): the surfaces use delegated scopes, which are not checked.'
        : 'The token cannot be read: no JWT with scp and no dev token. Scopes not checked.';
    case 'surface':
      return finding.missing.length === 0
        ? `Scopes of the ${EN.surfaces[finding.surface]}: complete.`
        : `Scopes of the ${EN.surfaces[finding.surface]}: missing ${finding.missing.join(', ')}${consentEn(finding.adminConsent)}. Add them to the app registration and consent in Microsoft Entra ID.`;
    case 'list':
      return finding.problems.length === 0
        ? `List ${finding.list}: columns, types and indexes in order.`
        : `List ${finding.list}: ${finding.problems.map(problemEn).join('; ')}. Run ${PROVISION.replace('PAD', 'PATH')}.`;
    case 'label':
      return finding.exists
        ? `Retention label '${finding.label}' exists.`
        : `Retention label '${finding.label}' of the dossier registry does not exist in Purview: create it or change the dossier.`;
    case 'labels':
      return finding.reason === 'none-named'
        ? 'No dossier names a retention label.'
        : `Retention labels cannot be read (${finding.detail ?? ''}): the token needs RecordsManagement.Read.All.`;
    case 'round-trip':
      return finding.error === undefined
        ? `Write test, ${finding.step}: done.`
        : `Write test, ${finding.step}: failed (${finding.error}). Check Sites.ReadWrite.All and the rights on the library.`;
    case 'probe':
      return `Tenant question ${finding.probe}: ${ANSWERS_EN[finding.answer] ?? finding.answer}.${finding.ok ? '' : ' Bronvast needs this; see docs/graph-surface.md.'}`;
  }
}

const ANSWERS_EN: Readonly<Record<string, string>> = {
  'no-fields': 'versions come without column values (Bronvast asks $expand=fields)',
  fields: 'versions come with column values',
  'at-creation': 'refused when the session is created (409)',
  'at-last-chunk': 'accepted; the conflict comes only at the last chunk',
  answered: 'answered',
  exposed: 'Retry-After is readable by web pages',
  'not-exposed': 'Retry-After is not readable by web pages',
};

function problemEn(problem: ListProblem): string {
  switch (problem.kind) {
    case 'list-missing':
      return 'missing';
    case 'column-missing':
      return `column ${problem.column} missing`;
    case 'column-type':
      return `column ${problem.column} is ${problem.has}, should be ${problem.want}`;
    case 'index-missing':
      return `column ${problem.column} has no index`;
  }
}

const consentEn = (scopes: readonly string[]) =>
  scopes.length === 0 ? '' : ` (admin consent needed for ${scopes.join(', ')})`;

/** The texts of `bronvast doctor` in a language. */
export const doctorTexts = (lang: UiLanguage): Texts => (lang === 'en' ? EN : NL);
