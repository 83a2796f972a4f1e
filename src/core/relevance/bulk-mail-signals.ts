import type { Message } from '../message';
import type { NamedFeature } from './named-feature';

/**
 * Phrases of advertising and unsolicited bulk mail (folded text): calls to action, opt-out
 * wording, sales promises and the openings of advance-fee fraud. Dutch and English.
 */
const MARKETING_CUES: readonly RegExp[] = [
  /\bclick (here|below|the link)\b/,
  /\b(to be|be) removed from\b|\bremove me\b|\bremoval (link|instructions)\b/,
  /\bopt[- ]?(out|in)\b/,
  /\bthis (e-?mail |message )?is not (a )?spam\b/,
  /\b(act|order|call|buy|apply|subscribe) (now|today)\b/,
  /\blimited[- ]time\b|\bspecial offer\b|\bfree (trial|gift|quote|report)\b/,
  /\b100% (free|guaranteed|satisfaction)\b|\brisk[- ]free\b|\bno obligation\b|\bmoney[- ]back\b/,
  /\b(toll[- ]free|free of charge)\b/,
  /\b(make|earn) (money|\$|cash)\b|\bwork(ing)? from home\b|\bextra income\b/,
  /\b(refinance|mortgage rates?|lose weight|viagra|casino|debt[- ]free)\b/,
  /\bdear (friend|sir\/madam|beloved)\b|\bnext of kin\b|\bbeneficiary\b/,
  /\bklik (dan )?hier\b|\bbestel (nu|vandaag)\b|\bprofiteer (nu|van)\b|\bop=op\b|\bop = op\b/,
  /\b(tijdelijke|exclusieve) (aanbieding|korting)\b|\bgratis (proberen|verzending|proefperiode)\b/,
];
// All cues in one pattern: most mail holds none, and one pass tells so.
const ANY_MARKETING_CUE = new RegExp(MARKETING_CUES.map((cue) => `(?:${cue.source})`).join('|'));

/** A signature or a reference has a link or three; bulk mail has many. */
const MANY_LINKS = 5;
const URL = /\b(https?:\/\/|www\.)\S+/g;
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
/** Padding then a code after the subject, or a bracketed code of letters and digits: "[k9lej]". */
const SUBJECT_CODE =
  /\S\s{4,}\S+\s*$|\[(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,10}\]|\s(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6,}\s*$|[?!][A-Z]{5,}\s*$/;
const UNDISCLOSED = /\b(undisclosed|onbekende|verborgen)[- ]?(recipients?|ontvangers?)\b/i;

function marketingFeature(text: string): NamedFeature[] {
  if (!ANY_MARKETING_CUE.test(text)) return [];
  const found = MARKETING_CUES.filter((cue) => cue.test(text)).length;
  return found === 0 ? [] : [{ key: 'marketing-cue', value: Math.min(found, 3) / 3 }];
}

function linkFeature(text: string): NamedFeature[] {
  const links = text.match(URL)?.length ?? 0;
  return links < MANY_LINKS ? [] : [{ key: 'link-density', value: Math.min(links, 20) / 20 }];
}

function subjectFeatures(subject: string): NamedFeature[] {
  const features: NamedFeature[] = [];
  if (SUBJECT_CODE.test(subject)) features.push({ key: 'subject-code', value: 1 });
  const letters = subject.match(LETTER)?.length ?? 0;
  const upper = subject.match(UPPER)?.length ?? 0;
  if (letters >= 10 && upper / letters >= 0.9) features.push({ key: 'subject-shouting', value: 1 });
  return features;
}

/** Sent to recipients the sender hides: "undisclosed-recipients". */
function hiddenRecipients(message: Message): boolean {
  return [...message.to, ...message.cc].some((party) =>
    UNDISCLOSED.test(`${party.name ?? ''} ${party.address}`),
  );
}

/**
 * Signs of unsolicited bulk mail, read from the subject, the folded opening `head` and the
 * parties: advertising phrases (`marketing-cue`, share of up to three), five links or more
 * (`link-density`), a tracking code or padding after the subject (`subject-code`), a subject
 * in capitals (`subject-shouting`) and hidden recipients (`hidden-recipients`). `subject` is the
 * original text, since folding loses the capitals.
 */
export function bulkMailSignals(message: Message, head: string): NamedFeature[] {
  const folded = `${message.subject.toLowerCase()}\n${head}`;
  const features = [
    ...marketingFeature(folded),
    ...linkFeature(head),
    ...subjectFeatures(message.subject),
  ];
  if (hiddenRecipients(message)) features.push({ key: 'hidden-recipients', value: 1 });
  return features;
}
