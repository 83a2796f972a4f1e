import type { UiLanguage } from '../../texts';
import type { DoctorUsageProblem } from './doctor-args';

const USAGE: Readonly<Record<UiLanguage, string>> = {
  nl: `Gebruik: bronvast doctor --site HOST:/sites/PAD [--graph-url URL] [--lang nl|en]

Controleert een SharePoint-site voordat Bronvast in gebruik gaat: de lijsten, kolommen, typen
en indexen die Bronvast nodig heeft, de rechten van het token per onderdeel, de bewaarlabels
uit het dossierregister, en een schrijftest in de map ${'_bronvast-doctor'} van de recordbibliotheek
(uploaden, kolommen, versie, downloaden, verwijderen). Ook de vragen die alleen een echte tenant
beantwoordt (docs/graph-surface.md) worden gesteld.

Het token komt uit de omgevingsvariabele BRONVAST_GRAPH_TOKEN, nooit van de opdrachtregel.
Andere lijstnamen: --records NAAM --dossiers NAAM --audit NAAM.

Uitvoer: één regel per controle, OK, FOUT of INFO, met wat te doen.
Afsluitcode: 0 alles in orde, 1 iets is FOUT, 2 verkeerd gebruik.
`,
  en: `Usage: bronvast doctor --site HOST:/sites/PATH [--graph-url URL] [--lang nl|en]

Checks a SharePoint site before Bronvast is rolled out: the lists, columns, types and indexes
Bronvast needs, the token's scopes per surface, the retention labels of the dossier registry,
and a write test in the folder _bronvast-doctor of the records library (upload, columns,
version, download, delete). It also asks the questions only a real tenant answers
(docs/graph-surface.md).

The token comes from the environment variable BRONVAST_GRAPH_TOKEN, never the command line.
Other list names: --records NAME --dossiers NAME --audit NAME.

Output: one line per check, OK, FAIL or INFO, with what to do.
Exit code: 0 all in order, 1 something FAILed, 2 usage error.
`,
};

const PROBLEMS: Readonly<Record<UiLanguage, Readonly<Record<DoctorUsageProblem, string>>>> = {
  nl: {
    'invalid-option': 'Onbekende optie. Zie bronvast doctor --help.',
    'invalid-site': 'Geef de site als --site HOST:/sites/PAD.',
    'missing-token': 'Geen toegangstoken: zet de omgevingsvariabele BRONVAST_GRAPH_TOKEN.',
  },
  en: {
    'invalid-option': 'Unknown option. See bronvast doctor --help.',
    'invalid-site': 'Give the site as --site HOST:/sites/PATH.',
    'missing-token': 'No access token: set the environment variable BRONVAST_GRAPH_TOKEN.',
  },
};

/** The help text. */
export const doctorUsage = (lang: UiLanguage): string => USAGE[lang];

/** The sentence for a usage problem. */
export const doctorUsageProblem = (problem: DoctorUsageProblem, lang: UiLanguage): string =>
  PROBLEMS[lang][problem];
