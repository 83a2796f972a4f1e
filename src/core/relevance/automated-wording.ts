import type { NamedFeature } from './named-feature';

/**
 * Wording that systems put in the mail they send by themselves, Dutch and English: "this
 * message was sent automatically", "you cannot reply", receipts and confirmations of a form or
 * an order, log-in and password notices, portal messages, tasks and shares, reminders. Read in
 * the folded subject and opening (lower case, no diacritics). A person writing about such a
 * message uses the words too, so the model weighs this against the rest of the text.
 */
const AUTOMATED_CUES: readonly RegExp[] = [
  /\b(?:dit|deze) (?:e-?mail|bericht|mail)(?:bericht)? (?:is|wordt|werd) automatisch\b|\bautomatisch (?:gegenereerd|verzonden|verstuurd|aangemaakt)e? (?:e-?mail|bericht)|\bdit is een automatisch\w* (?:e-?mail|bericht)/,
  /\bu kunt (?:niet|geen) (?:reageren|antwoorden|beantwoorden) op|\b(?:reageer|antwoord) niet op (?:deze|dit)|\bniet beantwoorden\b|\bkunt u niet beantwoorden\b|\bmailbox wordt niet (?:gelezen|gecontroleerd)/,
  /\b(?:this is an automated|automatically generated|do not reply to this|please do not reply|this mailbox is not monitored)\b/,
  /\bontvangstbevestiging\b|\bwij hebben uw \w+ (?:goed )?ontvangen\b|\bbedankt voor uw (?:melding|aanvraag|inschrijving|bestelling|vraag|aanmelding|betaling)\b/,
  /\b(?:bevestiging van uw|uw (?:afspraak|bestelling|inschrijving|aanmelding|betaling) is (?:bevestigd|ontvangen|gelukt))\b/,
  /\b(?:verificatiecode|inlogcode|eenmalige code|wachtwoord (?:verloopt|wijzigen|herstellen|opnieuw instellen)|uw digid|met uw digid|ingelogd bij)\b/,
  /\b(?:berichtenbox|mijnoverheid|track (?:&|en) trace|je pakket|uw pakket)\b/,
  /\b(?:taak (?:is )?(?:aan u )?toegewezen|is met u gedeeld|heeft (?:een|het) (?:document|bestand) met u gedeeld|berichten gemist|ongelezen berichten|postvak is (?:bijna )?vol|in quarantaine)\b/,
  /\b(?:herinnering|reminder)\s*:|\bu ontvangt (?:deze|dit) (?:e-?mail|bericht|nieuwsbrief) omdat\b|\bje ontvangt deze e-?mail omdat\b/,
  /\b(?:uw|je|jouw) (?:declaratie|verlofaanvraag|aanvraag|melding|deelmelding|bestelling|account|verkopersaccount|inschrijving|afspraak|betaling|bezorging|retour|pakket|abonnement|wachtwoord) (?:\S+ )?(?:is|wordt|werd) (?:\S+ )?(?:goedgekeurd|afgewezen|opgelost|geregistreerd|gesloten|afgesloten|ingediend|verlengd|ingepland|gesplitst|geopend|ontgrendeld|geactiveerd|geaccepteerd|verzonden|geretourneerd|terugbetaald|gewijzigd|in behandeling)\b|\bwordt (?:op \S+ \S+ )?automatisch (?:verlengd|gesloten|afgeschreven)\b/,
  /\bde (?:nieuwe )?status van (?:je|jouw|uw|de) \w+|\bnieuwe status\b|\bstatus is (?:gewijzigd|veranderd|bijgewerkt)\b|\b(?:staat|gezet) op (?:jouw|uw|je) naam\b|\bop (?:jouw|uw) naam gezet\b/,
  /\bbevestig (?:je|uw) (?:e-?mailadres|account|inschrijving|aanmelding)\b|\b(?:meldingnummer|ordernummer|bestelnummer|ticketnummer|verzoeknummer)\b|\bklik om\b/,
];
// All cues in one pattern: most mail holds none, and one pass tells so.
const ANY_AUTOMATED_CUE = new RegExp(AUTOMATED_CUES.map((cue) => `(?:${cue.source})`).join('|'));

/**
 * `automated-wording`: the share of up to three of the cues above found in the folded
 * `subject` and `head` (see AUTOMATED_CUES).
 */
export function automatedWording(subject: string, head: string): NamedFeature[] {
  const text = `${subject}\n${head.slice(0, 3000)}`;
  if (!ANY_AUTOMATED_CUE.test(text)) return [];
  const found = AUTOMATED_CUES.filter((cue) => cue.test(text)).length;
  return found === 0 ? [] : [{ key: 'automated-wording', value: Math.min(found, 3) / 3 }];
}
