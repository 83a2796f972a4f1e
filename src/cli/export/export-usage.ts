import type { UiLanguage } from '../../texts';

const USAGE: Readonly<Record<UiLanguage, string>> = {
  nl: `Gebruik: bronvast export inventaris|diwoo|mdto --graph-url URL --site HOSTNAAM:/sites/PAD
         (--dossier KENMERK ... | --all) [--status STATUS] --out PAD [opties]

Voert de records van dossiers uit het archiefsysteem uit: de Woo-inventarislijst
(productierapport, .xlsx of .csv naar de extensie van --out), of per record DiWoo- of
MDTO-XML in een nieuwe of lege map. Het toegangstoken staat in BRONVAST_GRAPH_TOKEN.

Opties:
  --status te-beoordelen|geaccepteerd|afgewezen|alle
                                 welke records; inventaris standaard geaccepteerd, diwoo en mdto alle
  --records-managers-group GROEP-ID   groep informatiebeheerders (of BRONVAST_RECORDS_MANAGERS_GROUP);
                                 geaccepteerd/afgewezen telt alleen als een van hen het zette
  --matter KENMERK               kolom Matter (het kenmerk van het Woo-verzoek; standaard het dossier)
  --zaaknummer NUMMER[;NUMMER]   kolom Zaaknummer: het zaaknummer van het Woo-verzoek
  --organisation TOOI-ID         uitgever (DiWoo) en archiefvormer (MDTO), verplicht voor diwoo en mdto;
                                 moet op de TOOI-lijsten staan
  --organisation-name NAAM       de naam van die organisatie, verplicht voor diwoo en mdto
  --organisation-domains D1,D2   maildomeinen van de organisatie (of BRONVAST_ORGANISATION_DOMAINS):
                                 wat zij stuurt is verzonden, de rest ontvangen; verplicht voor diwoo en mdto
  --context actief|woo-verzoek   diwoo: woo-verzoek publiceert alles onder art. 3.3 lid 2 i
  --sitemap URL-PREFIX           diwoo: ook sitemap.xml met de DiWoo-extensie (document = prefix + ID)
  --waardering B|V|N             mdto: waardering (standaard N, nader te bepalen)
  --lang nl|en                   taal van de meldingen (standaard nl)

Elk geschreven bestand wordt gevalideerd (XML tegen DiWoo 0.9.8, MDTO 1.0.1 of het
sitemapprotocol, de .xlsx op welgevormde XML) voordat de uitvoer op zijn plaats komt.

Afsluitcode: 0 geschreven (onvolledige records staan aan het eind op stderr), 1 het
archiefsysteem of de schijf faalde of een bestand was ongeldig (het record staat erbij),
2 verkeerd gebruik, onbekend dossier of een organisatie die niet op de TOOI-lijsten staat.
`,
  en: `Usage: bronvast export inventaris|diwoo|mdto --graph-url URL --site HOSTNAME:/sites/PATH
         (--dossier KENMERK ... | --all) [--status STATUS] --out PATH [options]

Exports the records of dossiers from the record system: the Woo inventory list
(productierapport, .xlsx or .csv by the extension of --out), or DiWoo or MDTO XML per record
into a new or empty folder. The access token is read from BRONVAST_GRAPH_TOKEN.

Options:
  --status te-beoordelen|geaccepteerd|afgewezen|alle
                                 which records; inventaris default geaccepteerd, diwoo and mdto alle
  --records-managers-group GROUP-ID   the records managers' group (or BRONVAST_RECORDS_MANAGERS_GROUP);
                                 geaccepteerd/afgewezen counts only when one of them set it
  --matter KENMERK               the Matter column (the Woo request's kenmerk; default the dossier)
  --zaaknummer NUMBER[;NUMBER]   the Zaaknummer column: the Woo request's case number
  --organisation TOOI-ID         publisher (DiWoo) and archiefvormer (MDTO), required for diwoo and mdto;
                                 must be on the TOOI lists
  --organisation-name NAME       that organisation's name, required for diwoo and mdto
  --organisation-domains D1,D2   the organisation's mail domains (or BRONVAST_ORGANISATION_DOMAINS):
                                 what it sends was sent, the rest received; required for diwoo and mdto
  --context actief|woo-verzoek   diwoo: woo-verzoek publishes everything under art. 3.3(2)(i)
  --sitemap URL-PREFIX           diwoo: also sitemap.xml with the DiWoo extension (document = prefix + ID)
  --waardering B|V|N             mdto: waardering (default N, nader te bepalen)
  --lang nl|en                   language of the messages (default nl)

Every file written is validated (XML against DiWoo 0.9.8, MDTO 1.0.1 or the sitemap protocol,
the .xlsx for well-formed XML) before the output is put in place.

Exit code: 0 written (incomplete records are listed on stderr at the end), 1 the record
system or the disk failed or a file was invalid (its record named), 2 usage error, unknown
dossier or an organisation not on the TOOI lists.
`,
};

/** The help text of `bronvast export`. */
export function exportUsage(lang: UiLanguage): string {
  return USAGE[lang];
}
