import type { NamedFeature } from './named-feature';

const OUT_OF_OFFICE_SUBJECT =
  /^\s*(automatisch antwoord|automatisch bericht|afwezigheidsbericht|afwezig|niet aanwezig|out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|abwesenheit)\b/;
const OUT_OF_OFFICE_BODY =
  /\b(ik ben (momenteel |tot en met |t\/m |van \S+ )?(afwezig|niet aanwezig|met verlof|op vakantie)|ben ik (afwezig|niet aanwezig|niet bereikbaar)|i am (currently )?out of (the )?office|i will be out of (the )?office|i am away from the office)/;
const MEETING_RESPONSE =
  /^\s*(geaccepteerd|geweigerd|afgewezen|voorlopig( geaccepteerd)?|accepted|declined|tentative(ly accepted)?)\s*:/;
const NEWSLETTER =
  /\b(nieuwsbrief|newsletter|unsubscribe|uitschrijven|afmelden voor|meld je af|meld u af|bekijk (deze e-?mail |dit bericht )?in (je |uw )?(web)?browser|view (this e-?mail )?in (your )?browser|email preferences|e-mailvoorkeuren)\b/;
const REPLY = /^\s*(re|antw|aw|sv|réf)\s*:/;
const FORWARD = /^\s*(fw|fwd|doorst|wg|tr)\s*:/;

function lengthFeature(length: number): NamedFeature {
  if (length < 20) return { key: 'length-empty', value: 1, params: { bucket: 'empty' } };
  if (length < 400) return { key: 'length-short', value: 1, params: { bucket: 'short' } };
  if (length < 3000) return { key: 'length-medium', value: 1, params: { bucket: 'medium' } };
  return { key: 'length-long', value: 1, params: { bucket: 'long' } };
}

/**
 * Signals in the wording: out-of-office replies, meeting responses, newsletters, replies and
 * forwards, questions, and the body's length bucket. `subject` and `head` are folded text
 * (lower-case, no diacritics); `head` is the capped start of the body, `bodyLength` its full size,
 * `contentClass` the Exchange content-class header (calendar messages are meeting traffic).
 */
export function contentSignals(
  subject: string,
  head: string,
  bodyLength: number,
  contentClass: string,
): NamedFeature[] {
  const features: NamedFeature[] = [lengthFeature(bodyLength)];
  const opening = head.slice(0, 600);
  if (OUT_OF_OFFICE_SUBJECT.test(subject) || OUT_OF_OFFICE_BODY.test(opening)) {
    features.push({ key: 'out-of-office', value: 1 });
  }
  const calendar = contentClass.toLowerCase().includes('calendarmessage');
  if (calendar || MEETING_RESPONSE.test(subject) || MEETING_RESPONSE.test(opening)) {
    features.push({ key: 'meeting-response', value: 1 });
  }
  if (NEWSLETTER.test(subject) || NEWSLETTER.test(head)) {
    features.push({ key: 'newsletter', value: 1 });
  }
  if (REPLY.test(subject)) features.push({ key: 'reply', value: 1 });
  if (FORWARD.test(subject)) features.push({ key: 'forward', value: 1 });
  if (subject.includes('?') || opening.includes('?')) features.push({ key: 'question', value: 1 });
  return features;
}
