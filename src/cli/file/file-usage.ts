import type { UiLanguage } from '../../texts';

/** The help text of `bronvast file`. */
export const FILE_USAGE: Readonly<Record<UiLanguage, string>> = {
  nl: `Gebruik: bronvast file --site HOST:/sites/PAD [opties] PAD...

Beoordeelt en legt e-mail vast in het archief (SharePoint, via Microsoft Graph): mappen met
geëxporteerde .eml-bestanden (ook in submappen), Outlook .msg-bestanden en JSONL-bestanden met
per regel {"raw": "<volledige RFC 822-tekst>"}. Opnieuw uitvoeren is veilig: wat al is
vastgelegd wordt herkend, een onderbroken vastlegging wordt afgemaakt.

Het toegangstoken komt uit de omgevingsvariabele BRONVAST_GRAPH_TOKEN.

Opties:
  --graph-url URL                Graph-adres (standaard https://graph.microsoft.com/v1.0)
  --site HOST:/sites/PAD         de SharePoint-site van het archief
  --dossier KENMERK              alles in dit dossier; anders het voorgestelde dossier als dat
                                 duidelijk is, en anders de map Ongesorteerd (te beoordelen)
  --all                          ook berichten die niet beleidsrelevant zijn vastleggen
  --dry-run                      niets vastleggen, alleen tonen wat er zou gebeuren
  --concurrency N                zoveel vastleggingen tegelijk (standaard 4)
  --report BESTAND               per invoer één JSON-regel met de uitkomst (staat het in een
                                 invoermap, dan wordt het niet als invoer gelezen)
  --max-size MB                  grootste bericht dat wordt gelezen (bestand of JSONL-regel),
                                 in megabytes (standaard 150)
  --organisation-domains LIJST   maildomeinen van de eigen organisatie, met komma's gescheiden
  --records-managers-group ID    groep informatiebeheerders (of BRONVAST_RECORDS_MANAGERS_GROUP):
                                 alleen wat een van hen leerde, wordt toegepast
  --lang nl|en                   taal van de meldingen (standaard nl)
  -h, --help                     deze uitleg

Alleen gewone bestanden worden gelezen; symbolische koppelingen worden gevolgd (een map die
al gelezen is niet nog eens). Een pipe, apparaat, kapotte koppeling of te groot bestand wordt
genoemd en telt als mislukt.

Ctrl+C maakt de lopende vastleggingen af en stopt.
Afsluitcode: 0 klaar, 1 iets is mislukt, 2 verkeerd gebruik, 130 onderbroken.
`,
  en: `Usage: bronvast file --site HOST:/sites/PATH [options] PATH...

Assesses and files e-mail into the record system (SharePoint, through Microsoft Graph):
folders of exported .eml files (subfolders included), Outlook .msg files and JSONL files with
one {"raw": "<full RFC 822 text>"} per line. Running it again is safe: what is filed already
is recognised, an interrupted filing is completed.

The access token comes from the environment variable BRONVAST_GRAPH_TOKEN.

Options:
  --graph-url URL                Graph address (default https://graph.microsoft.com/v1.0)
  --site HOST:/sites/PATH        the SharePoint site of the record system
  --dossier KENMERK              everything into this dossier; otherwise the suggested dossier
                                 when it is clear, else the folder Ongesorteerd (to be reviewed)
  --all                          also file messages that are not policy-relevant
  --dry-run                      file nothing, only show what would happen
  --concurrency N                this many filings at once (default 4)
  --report FILE                  one JSON line per input with its outcome (inside an input
                                 folder it is not read as input)
  --max-size MB                  largest message read (file or JSONL line), in megabytes
                                 (default 150)
  --organisation-domains LIST    mail domains of the organisation itself, comma separated
  --records-managers-group ID    the records managers' group (or BRONVAST_RECORDS_MANAGERS_GROUP):
                                 only what one of them taught is applied
  --lang nl|en                   language of the messages (default nl)
  -h, --help                     this help

Only regular files are read; symbolic links are followed (a folder read already is not read
again). A pipe, device, broken link or file that is too large is named and counts as failed.

Ctrl+C finishes the filings in flight and stops.
Exit code: 0 done, 1 something failed, 2 usage error, 130 interrupted.
`,
};
