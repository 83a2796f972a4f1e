import { seededRandom } from '../seeded-random';
import type { SeedMail } from './mail-builder';
import { PEOPLE } from './users';
import { NEWSLETTERS, NOTICES, POLICY_TOPICS, PRIVATE } from './week-mail-texts';

/** The generated weeks: the officer's inbox and sent items, and Postbus Woo's inbox. */
export interface WeekMail {
  readonly inbox: SeedMail[];
  readonly sent: SeedMail[];
  readonly postbus: SeedMail[];
}

/** How much to generate: the days before `until`, and how many mails a working day brings. */
export interface WeekMailOptions {
  readonly until: Date;
  readonly days: number;
  /** Mails per working day (about); 3 gives a realistic demo, 100 a bench mailbox. */
  readonly perDay?: number;
  readonly seed?: number;
}

const DAY = 86_400_000;

/**
 * Realistic mail of an officer's last weeks, the same every time for the same options: policy
 * threads with kenmerken (and her answers in Sent Items), newsletters, system notices, meeting
 * acceptances and private mail, on working days, plus Woo requests in Postbus Woo.
 */
export function generateWeekMail(options: WeekMailOptions): WeekMail {
  const random = seededRandom(options.seed ?? 2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const result: WeekMail = { inbox: [], sent: [], postbus: [] };
  const start = Math.floor(options.until.getTime() / DAY) * DAY - options.days * DAY;
  let serial = 0;
  for (let day = 1; day <= options.days; day += 1) {
    const date = new Date(start + day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const count = Math.max(1, Math.round((options.perDay ?? 3) * (0.6 + random() * 0.8)));
    for (let n = 0; n < count; n += 1) {
      serial += 1;
      const at = new Date(date.getTime() + (7 + random() * 10) * 3_600_000);
      if (at.getTime() > options.until.getTime()) continue;
      const iso = at.toISOString().replace(/\.\d+Z$/, 'Z');
      const kind = random();
      if (kind < 0.45) policy(result, pick, iso, serial, random() < 0.3);
      else if (kind < 0.6) newsletter(result, pick, iso);
      else if (kind < 0.72) notice(result, pick, iso, serial);
      else if (kind < 0.8) meeting(result, pick, iso);
      else if (kind < 0.93) result.inbox.push({ ...pick(PRIVATE), to: [PEOPLE.sanne], at: iso });
      else woo(result, iso, serial);
    }
  }
  return result;
}

type Pick = <T>(items: readonly T[]) => T;

function policy(into: WeekMail, pick: Pick, at: string, serial: number, answer: boolean): void {
  const topic = pick(POLICY_TOPICS);
  const from = pick(topic.correspondents);
  const subject = `${topic.kenmerk} ${topic.topic}: ${pick(['stand van zaken', 'concept', 'reactie', 'vervolg'])} ${serial}`;
  const text = `Beste Sanne,\n\n${pick(topic.lines)}\n${pick(topic.lines)}\n\nDit hoort bij dossier ${topic.kenmerk}.\n\nMet vriendelijke groet,\n${from.name ?? ''}`;
  if (!answer) {
    into.inbox.push({ from, to: [PEOPLE.sanne], cc: [PEOPLE.pieter], subject, at, text });
    return;
  }
  into.sent.push({
    from: PEOPLE.sanne,
    to: [from],
    subject: `RE: ${subject}`,
    at,
    text: `Dag ${from.name ?? ''},\n\nDank. ${pick(topic.lines)} Ik verwerk dit in de nota onder ${topic.kenmerk}.\n\nGroet,\nSanne`,
  });
}

function newsletter(into: WeekMail, pick: Pick, at: string): void {
  const letter = pick(NEWSLETTERS);
  into.inbox.push({
    from: letter.from,
    to: [PEOPLE.sanne],
    subject: `${letter.subject} (${at.slice(0, 10)})`,
    at,
    plainOnly: true,
    headers: [
      ['List-Unsubscribe', `<mailto:afmelden@${letter.from.address.split('@')[1] ?? ''}>`],
      ['Precedence', 'bulk'],
    ],
    text: 'Het laatste nieuws uit het openbaar bestuur. Lees alle artikelen op de website. Afmelden kan onderaan deze mail.',
  });
}

function notice(into: WeekMail, pick: Pick, at: string, serial: number): void {
  into.inbox.push({
    from: PEOPLE.servicedesk,
    to: [PEOPLE.sanne],
    subject: `${pick(NOTICES)} [#${serial}]`,
    at,
    plainOnly: true,
    headers: [['Auto-Submitted', 'auto-generated']],
    text: 'Dit is een automatisch gegenereerd bericht. U kunt niet op dit bericht antwoorden.',
  });
}

function meeting(into: WeekMail, pick: Pick, at: string): void {
  const who = pick([PEOPLE.pieter, PEOPLE.jeroen, PEOPLE.daan]);
  into.inbox.push({
    from: who,
    to: [PEOPLE.sanne],
    subject: `Geaccepteerd: Werkoverleg team Open Overheid`,
    at,
    plainOnly: true,
    headers: [['Content-Class', 'urn:content-classes:calendarmessage']],
    text: '',
  });
}

function woo(into: WeekMail, at: string, serial: number): void {
  into.postbus.push({
    from: PEOPLE.burger,
    to: [{ name: 'Postbus Woo', address: 'postbus-woo@bronvast.example' }],
    subject: `Woo-verzoek: documenten over de subsidieregeling lokale democratie (${serial})`,
    at,
    text: `Geachte heer, mevrouw,\n\nOp grond van de Wet open overheid verzoek ik om openbaarmaking van de documenten over de besluitvorming rond de subsidieregeling versterking lokale democratie (BZK-2024-0278), waaronder nota's aan de minister en verslagen van overleggen.\n\nMet vriendelijke groet,\nJohan Bos`,
  });
}
