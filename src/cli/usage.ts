import type { UiLanguage } from '../texts';
import { FILE_USAGE } from './file/file-usage';

const USAGE: Readonly<Record<UiLanguage, string>> = {
  nl: `Gebruik: bronvast assess [opties] PAD...

Beoordeelt e-mailberichten: beleidsrelevantie, passend dossier, Woo-informatiecategorie en
een voorlopige openbaarheidsbeoordeling met de gevonden persoonsgegevens.

PAD is een .eml-bestand, een map met .eml-bestanden (ook in submappen, op pad gesorteerd) of
een JSONL-bestand met per regel een bericht: {"raw": "<volledige RFC 822-tekst>"} of
{"id", "subject", "from", "to", "cc", "date", "body"}.

Opties:
  --dossiers BESTAND             JSON-lijst van dossiers: [{"id", "title", "description"?, "keywords"?}]
  --history BESTAND              JSONL met eerder vastgelegde berichten, elk met "dossier"
  --relevance-adjustment BESTAND de geleerde aanpassing van de beleidsrelevantie (een kopie van
                                 BronvastSettings/relevance-adjustment.json uit de site)
  --site HOST:/sites/PAD         dossiers, eerder vastgelegde stukken en de geleerde aanpassing
                                 uit het archief, zoals de taakvensters ze gebruiken (token in
                                 BRONVAST_GRAPH_TOKEN; --graph-url URL voor een ander Graph-adres)
  --organisation-domains LIJST   maildomeinen van de eigen organisatie, met komma's gescheiden
  --records-managers-group ID    groep informatiebeheerders (of BRONVAST_RECORDS_MANAGERS_GROUP):
                                 alleen wat een van hen leerde, wordt toegepast
  --max-size MB                  grootste bericht dat wordt gelezen (bestand of JSONL-regel),
                                 in megabytes (standaard 150)
  --lang nl|en                   taal van de toelichtingen en meldingen (standaard nl)
  -h, --help                     deze uitleg

Alleen gewone bestanden worden gelezen; symbolische koppelingen worden gevolgd (een map die
al gelezen is niet nog eens). Een pipe, apparaat, kapotte koppeling of te groot bestand wordt
op stderr genoemd.

Uitvoer: per bericht één JSON-regel op stdout, in de volgorde van de invoer. Meldingen over
onleesbare invoer komen op stderr; de overige berichten worden wel beoordeeld.
Afsluitcode: 0 alles beoordeeld, 1 invoer overgeslagen, 2 verkeerd gebruik.

Vastleggen in het archief: bronvast file --help
Het archief controleren: bronvast verify --help
Een site controleren voor gebruik: bronvast doctor --help
Woo-verzoeken (zoeken, selecteren, besluitpakket): bronvast woo --help
`,
  en: `Usage: bronvast assess [options] PATH...

Assesses e-mail messages: policy relevance, matching dossier, Woo information category and a
provisional disclosure assessment with the personal data found.

PATH is an .eml file, a folder of .eml files (subfolders included, sorted by path) or a JSONL
file with one message per line: {"raw": "<full RFC 822 text>"} or
{"id", "subject", "from", "to", "cc", "date", "body"}.

Options:
  --dossiers FILE                JSON array of dossiers: [{"id", "title", "description"?, "keywords"?}]
  --history FILE                 JSONL of messages filed earlier, each with "dossier"
  --relevance-adjustment FILE    the learnt policy relevance adjustment (a copy of
                                 BronvastSettings/relevance-adjustment.json from the site)
  --site HOST:/sites/PATH        dossiers, records filed earlier and the learnt adjustment from
                                 the record system, as the add-in uses them (token in
                                 BRONVAST_GRAPH_TOKEN; --graph-url URL for another Graph address)
  --organisation-domains LIST    mail domains of the organisation itself, comma separated
  --records-managers-group ID    the records managers' group (or BRONVAST_RECORDS_MANAGERS_GROUP):
                                 only what one of them taught is applied
  --max-size MB                  largest message read (file or JSONL line), in megabytes
                                 (default 150)
  --lang nl|en                   language of explanations and messages (default nl)
  -h, --help                     this help

Only regular files are read; symbolic links are followed (a folder read already is not read
again). A pipe, device, broken link or file that is too large is named on stderr.

Output: one JSON line per message on stdout, in input order. Messages about unreadable input
go to stderr; the other messages are still assessed.
Exit code: 0 all assessed, 1 input skipped, 2 usage error.

Filing into the record system: bronvast file --help
Checking the record system: bronvast verify --help
Checking a site before rollout: bronvast doctor --help
Woo requests (search, select, decision package): bronvast woo --help
`,
};

/** The help text of `bronvast` (or of one command), in the language asked for. */
export function usageText(lang: UiLanguage, command?: 'file'): string {
  return command === 'file' ? FILE_USAGE[lang] : USAGE[lang];
}
