import type { WooCategorySuggestion } from '../assessment';
import type { Message } from '../message';
import type { Reason } from '../reason';
import type { WooCategoryCode } from '../woo-codes';
import { wooCategory } from './categories';

/**
 * The reasons a category suggestion carries (params: `category` the code, and `name` the
 * attachment name or `wording` the words found):
 * - `document-in-attachment`: an attachment's name says what document it is;
 * - `document-in-subject`: the subject names the document;
 * - `document-in-body`: the body says the document is enclosed or what the message is, in
 *   clear wording (`bijgaand het jaarverslag`, `op grond van de Wet open overheid verzoek ik`).
 */
export const WOO_CATEGORY_REASON_CODES = [
  'document-in-attachment',
  'document-in-subject',
  'document-in-body',
] as const;

interface CategoryCue {
  readonly code: WooCategoryCode;
  /** Names of the document, matched in attachment names and the subject. */
  readonly names: RegExp;
  /** Clear body wording, besides "enclosed is the <name>". */
  readonly body?: RegExp;
  /** Wording that means the message is about such a document without being one (a request). */
  readonly unless?: RegExp;
}

const ENCLOSED =
  '(?:bijgaand|bijgevoegd|in de bijlage|als bijlage|hierbij (?:ontvang|stuur|zend|doe)\\w*)';
const enclosed = (names: RegExp): RegExp =>
  new RegExp(`${ENCLOSED}[^.\\n]{0,60}?(${names.source})`);

// Most specific first: on a tie the earlier cue wins (a klachtoordeel is also a beschikking in
// wording, an adviesaanvraag on a draft regulation is 3.3.1c rather than an advice).
const CUES: readonly CategoryCue[] = [
  {
    code: '3.3.1c',
    names:
      /(?:ontwerp|concept)[- ]?(?:wet|wetsvoorstel|verordening|regeling|besluit|amvb)\w*[^.\n]{0,80}adviesaanvraag|adviesaanvraag[^.\n]{0,80}(?:ontwerp|concept)[- ]?(?:wet|verordening|regeling|besluit|amvb)|wetsvoorstel[^.\n]{0,40}(?:consultatie|advies)/,
  },
  {
    code: '3.3.2i',
    names: /\b(?:woo|wob)[- ]?(?:verzoek|besluit|beslissing)\w*|besluit op (?:uw|het) (?:woo|wob)/,
    body: /(?:op grond van|ingevolge) de (?:wet open overheid|woo|wet openbaarheid van bestuur|wob)\b[^.\n]{0,40}verzoek/,
  },
  {
    code: '3.3.2l',
    names:
      /klachtoordeel\w*|(?:oordeel|beslissing|afhandeling) (?:op|over|van) (?:uw |de |het )?klacht|klachtafhandeling\w*/,
  },
  {
    code: '3.3.2h',
    names:
      /subsidieovereenkomst\w*|subsidieverplichting\w*|subsidie(?:ver(?:lening|strekking))? (?:via|bij|met) (?:een )?overeenkomst/,
  },
  {
    code: '3.3.2k',
    names: /\b(?:\w*beschikking(?:en)?|vergunningsbesluit|besluit op (?:uw|de) aanvraag)\b/,
    unless: /aanvraag (?:om|voor) (?:een )?\w*beschikking/,
  },
  { code: '3.3.2f', names: /\bconvenant(?:en)?\b/ },
  { code: '3.3.2g', names: /\bjaar(?:plan|verslag|programma|rapportage)(?:nen|gen|s)?\b/ },
  {
    code: '3.3.2j',
    names:
      /\b(?:onderzoeks|evaluatie|eind)(?:rapport|verslag)\w*|rapport(?:age)? van (?:het )?onderzoek/,
  },
  {
    code: '3.3.2b',
    names: /kamerbrief\w*|kamervragen|kamerstuk\w*|(?:tweede|eerste)[- ]kamer|staten-generaal/,
  },
  {
    code: '3.3.2c',
    names:
      /raads(?:voorstel|informatiebrief|brief|besluit|vergadering)\w*|staten(?:voorstel|brief|vergadering)\w*|commissievergadering\w*|gemeenteraad/,
  },
  {
    code: '3.3.2d',
    names:
      /besluitenlijst\w*|agenda (?:van (?:de |het )?)?(?:college|b&w|bestuurscollege|gedeputeerde staten|ministerraad|dagelijks bestuur)\w*|(?:college|b&w|gs|ministerraad)[- ]?agenda/,
  },
  { code: '3.3.2a', names: /ingekomen stuk(?:ken)?|lijst (?:van )?ingekomen/ },
  {
    code: '3.3.2e',
    names: /\b(?:\w+)?advies(?:rapport|nota|brief)?\b(?! ?aanvraag)|\badviezen\b/,
    unless:
      /(?:verzoek|vraag|vragen) (?:om|naar) (?:uw |jouw |je )?advies|graag (?:uw|jouw|je) advies|adviesaanvraag|advies (?:aan)?vragen/,
  },
  {
    code: '3.3.1a',
    names:
      /\bverordening\w*|algemene maatregel van bestuur|\bamvb\b|ministeriele regeling|\bstaatsblad\b/,
  },
  { code: '3.3.1b', names: /beleidsregel\w*|besluit van algemene strekking|\bstaatscourant\b/ },
  {
    code: '3.3.1d',
    names:
      /organogram\w*|organisatie(?:schema|besluit|verordening)\w*|mandaat(?:regeling|besluit)\w*|reglement van orde/,
  },
  {
    code: '3.3.1e',
    names:
      /bereikbaarheidsgegevens|contactgegevens (?:van )?(?:de |het )?(?:gemeente|organisatie|ministerie|provincie)/,
  },
];

const ENCLOSED_NAMES = new Map(CUES.map((cue) => [cue, enclosed(cue.names)]));
// Without its opening words ("bijgaand", "in de bijlage") no "enclosed is the ..." can match:
// one pass over the body spares one per category.
const ENCLOSED_WORDS = new RegExp(ENCLOSED);

const PLACE_STRENGTH = { attachment: 0.9, subject: 0.75, body: 0.6 } as const;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function cueReasons(
  cue: CategoryCue,
  attachments: readonly string[],
  subject: string,
  body: string,
  enclosedWording: boolean,
): Reason[] {
  const category = cue.code;
  const reasons: Reason[] = [];
  for (const name of attachments) {
    if (cue.names.test(fold(name))) {
      reasons.push({
        code: 'document-in-attachment',
        weight: PLACE_STRENGTH.attachment,
        params: { category, name },
      });
    }
  }
  const inSubject = cue.names.exec(subject);
  if (inSubject !== null && !(cue.unless?.test(subject) ?? false)) {
    reasons.push({
      code: 'document-in-subject',
      weight: PLACE_STRENGTH.subject,
      params: { category, wording: inSubject[0] },
    });
  }
  const inEnclosed = enclosedWording ? (ENCLOSED_NAMES.get(cue)?.exec(body) ?? null) : null;
  const inBody = inEnclosed ?? cue.body?.exec(body) ?? null;
  if (inBody !== null && !(cue.unless?.test(body) ?? false)) {
    reasons.push({
      code: 'document-in-body',
      weight: PLACE_STRENGTH.body,
      params: { category, wording: inBody[0] },
    });
  }
  return reasons;
}

function combine(reasons: readonly Reason[]): number {
  return 1 - reasons.reduce((doubt, reason) => doubt * (1 - reason.weight), 1);
}

/**
 * The Woo information category (art. 3.3) of the document a message carries, when an attachment
 * name, the subject or clear body wording names one: advice, covenant, annual plan or report,
 * Woo request or decision, research report, beschikking, complaint ruling, agenda or decision
 * list, meeting documents, received documents, regulations, general decisions, draft
 * regulations with an advice request, organisation, contact details, subsidy obligations. Null
 * when none is named. The score is a noisy-or over the places the document was named
 * (attachment 0.9, subject 0.75, body 0.6); on a tie the more specific category wins.
 */
export function suggestWooCategory(message: Message): WooCategorySuggestion | null {
  const attachments = message.attachments.map((attachment) => attachment.name);
  const subject = fold(message.subject);
  const body = fold(message.bodyText);
  const enclosedWording = ENCLOSED_WORDS.test(body);
  let best: WooCategorySuggestion | null = null;
  for (const cue of CUES) {
    const reasons = cueReasons(cue, attachments, subject, body, enclosedWording);
    if (reasons.length === 0) continue;
    const score = combine(reasons);
    if (best === null || score > best.score) {
      best = { code: cue.code, tooiId: wooCategory(cue.code).tooiId, score, reasons };
    }
  }
  return best;
}
