import type { RelevanceReasonCode } from '../../core/relevance';
import { countParam, param, pushesTowards, type ReasonText } from './reason-text';

const LENGTH_NL: Readonly<Record<string, string>> = {
  empty: 'Het bericht heeft geen tekst van betekenis.',
  short: 'Het bericht is kort.',
  medium: 'Het bericht heeft een inhoudelijke lengte.',
  long: 'Het bericht is lang en inhoudelijk.',
};
const LENGTH_EN: Readonly<Record<string, string>> = {
  empty: 'The message has no meaningful text.',
  short: 'The message is short.',
  medium: 'The message is of substantive length.',
  long: 'The message is long and substantive.',
};

/** Sentences for the reasons of the policy-relevance assessment (src/core/relevance). */
export const RELEVANCE_TEXTS: Readonly<Record<RelevanceReasonCode, ReasonText>> = {
  'relevance.word': {
    nl: (r) =>
      `Het woord ‘${param(r, 'term')}’ komt vaak voor in ${pushesTowards(r) ? 'beleidsrelevante berichten' : 'berichten zonder beleidswaarde'}.`,
    en: (r) =>
      `The word ‘${param(r, 'term')}’ is common in ${pushesTowards(r) ? 'policy-relevant messages' : 'messages without policy value'}.`,
  },
  'relevance.decision-vocabulary': {
    nl: (r) => `Het bericht gaat over besluitvorming (‘${param(r, 'term')}’).`,
    en: (r) => `The message is about decision-making (‘${param(r, 'term')}’).`,
  },
  'relevance.personal-vocabulary': {
    nl: (r) => `Het bericht gaat over persoonlijke zaken (‘${param(r, 'term')}’), niet over werk.`,
    en: (r) => `The message is about personal matters (‘${param(r, 'term')}’), not work.`,
  },
  'relevance.promotional': {
    nl: () => 'Het bericht is geschreven als reclame of aanbieding.',
    en: () => 'The message is written as an advertisement or offer.',
  },
  'relevance.automated-sender': {
    nl: (r) => `De afzender (${param(r, 'address')}) is een automatisch systeem, geen persoon.`,
    en: (r) => `The sender (${param(r, 'address')}) is an automated system, not a person.`,
  },
  'relevance.list-unsubscribe': {
    nl: () =>
      'Het bericht is via een verzendlijst verstuurd (met afmeldlink of bulkkenmerk), zoals nieuwsbrieven.',
    en: () =>
      'The message was sent through a mailing list (with an unsubscribe link or bulk marker), as newsletters are.',
  },
  'relevance.auto-submitted': {
    nl: () => 'Het bericht is automatisch verstuurd.',
    en: () => 'The message was sent automatically.',
  },
  'relevance.out-of-office': {
    nl: () => 'Het bericht is een afwezigheidsmelding.',
    en: () => 'The message is an out-of-office reply.',
  },
  'relevance.meeting-response': {
    nl: () =>
      'Het bericht is een antwoord op een vergaderverzoek (aangenomen, afgewezen of voorlopig).',
    en: () => 'The message is a response to a meeting request (accepted, declined or tentative).',
  },
  'relevance.newsletter': {
    nl: () => 'Het bericht is een nieuwsbrief of massaal verstuurde mail.',
    en: () => 'The message is a newsletter or bulk mail.',
  },
  'relevance.document-attachment': {
    nl: (r) => `Er is een document bijgevoegd (${param(r, 'name')}).`,
    en: (r) => `A document is attached (${param(r, 'name')}).`,
  },
  'relevance.image-attachment': {
    nl: (r) => `De bijlage is alleen een afbeelding (${param(r, 'name')}).`,
    en: (r) => `The attachment is only an image (${param(r, 'name')}).`,
  },
  'relevance.external-party': {
    nl: (r) => `Er is gecorrespondeerd met een externe partij (${param(r, 'domain')}).`,
    en: (r) => `There is correspondence with an external party (${param(r, 'domain')}).`,
  },
  'relevance.reply': {
    nl: () => 'Het bericht is een antwoord in een lopende correspondentie.',
    en: () => 'The message is a reply in an ongoing correspondence.',
  },
  'relevance.forward': {
    nl: () => 'Het bericht is doorgestuurd.',
    en: () => 'The message was forwarded.',
  },
  'relevance.question': {
    nl: () => 'In het bericht wordt een vraag gesteld.',
    en: () => 'The message asks a question.',
  },
  'relevance.length': {
    nl: (r) => LENGTH_NL[param(r, 'bucket')] ?? 'De lengte van het bericht weegt mee.',
    en: (r) => LENGTH_EN[param(r, 'bucket')] ?? 'The length of the message counts.',
  },
  'relevance.recipients': {
    nl: (r) => recipientsNl(countParam(r, 'count')),
    en: (r) => recipientsEn(countParam(r, 'count')),
  },
};

function recipientsNl(count: number | undefined): string {
  if (count === undefined) return 'Het aantal geadresseerden weegt mee.';
  if (count === 0) return 'Het bericht heeft geen zichtbare geadresseerden.';
  return count === 1
    ? 'Het bericht is aan één persoon gericht.'
    : `Het bericht is aan ${count} geadresseerden gericht.`;
}

function recipientsEn(count: number | undefined): string {
  if (count === undefined) return 'The number of recipients counts.';
  if (count === 0) return 'The message has no visible recipients.';
  return count === 1
    ? 'The message is addressed to one person.'
    : `The message is addressed to ${count} recipients.`;
}
