import type { UiLanguage } from '../../host/language';

const USAGE: Readonly<Record<UiLanguage, string>> = {
  nl: `Gebruik: bronvast export inventaris|diwoo|mdto --graph-url URL --site HOSTNAAM:/sites/PAD
         (--dossier KENMERK ... | --all) [--status STATUS] --out PAD [opties]

Voert de records van dossiers uit het archiefsysteem uit: de Woo-inventarislijst
(productierapport, .xlsx of .csv naar de extensie van --out), of per record DiWoo- of
MDTO-XML in een nieuwe of lege map. Het toegangstoken staat in BRONVAST_GRAPH_TOKEN.

Opties:
  --status te-beoordelen|geaccepteerd|afgewezen   alleen records met deze beoordelingsstatus
  --records-managers-group GROEP-ID   groep informatiebeheerders (of BRONVAST_RECORDS_MANAGERS_GROUP);
                                      geaccepteerd/afgewezen telt alleen als een van hen het zette
  --matter KENMERK               kolom Matter van de inventarislijst (standaard het dossier)
  --organisation TOOI-ID         uitgever (DiWoo) en archiefvormer (MDTO), verplicht voor diwoo en mdto
  --organisation-name NAAM       de naam van die organisatie
  --lang nl|en                   taal van de meldingen (standaard nl)

Afsluitcode: 0 geschreven (onvolledige records staan aan het eind op stderr), 1 het
archiefsysteem of de schijf faalde, 2 verkeerd gebruik of onbekend dossier.
`,
  en: `Usage: bronvast export inventaris|diwoo|mdto --graph-url URL --site HOSTNAME:/sites/PATH
         (--dossier KENMERK ... | --all) [--status STATUS] --out PATH [options]

Exports the records of dossiers from the record system: the Woo inventory list
(productierapport, .xlsx or .csv by the extension of --out), or DiWoo or MDTO XML per record
into a new or empty folder. The access token is read from BRONVAST_GRAPH_TOKEN.

Options:
  --status te-beoordelen|geaccepteerd|afgewezen   only records with this review status
  --records-managers-group GROUP-ID   the records managers' group (or BRONVAST_RECORDS_MANAGERS_GROUP);
                                      geaccepteerd/afgewezen counts only when one of them set it
  --matter KENMERK               the inventory's Matter column (default the dossier)
  --organisation TOOI-ID         publisher (DiWoo) and archiefvormer (MDTO), required for diwoo and mdto
  --organisation-name NAME       that organisation's name
  --lang nl|en                   language of the messages (default nl)

Exit code: 0 written (incomplete records are listed on stderr at the end), 1 the record
system or the disk failed, 2 usage error or unknown dossier.
`,
};

/** The help text of `bronvast export`. */
export function exportUsage(lang: UiLanguage): string {
  return USAGE[lang];
}
