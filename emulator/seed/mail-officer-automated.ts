import type { SeedMail } from './mail-builder';
import { PEOPLE } from './users';

const ACCEPTANCE = [
  'BEGIN:VCALENDAR',
  'METHOD:REPLY',
  'PRODID:Microsoft Exchange Server 2019',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'ATTENDEE;PARTSTAT=ACCEPTED;CN=Jeroen Mulder:mailto:jeroen.mulder@bronvast.example',
  'SUMMARY;LANGUAGE=nl-NL:Geaccepteerd: Overleg voortgang Open op Orde',
  'DTSTART:20251125T130000Z',
  'DTEND:20251125T140000Z',
  'UID:040000008200E00074C5B7101A82E00800000000B0B1C2D3E4F5D901000000000000000010000000',
  'SEQUENCE:0',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\n');

/** Newsletter, out-of-office, meeting acceptance and a system notice. */
export const AUTOMATED_TO_OFFICER: readonly SeedMail[] = [
  {
    from: PEOPLE.nieuwsbrief,
    to: [PEOPLE.sanne],
    subject: 'Nieuwsbrief Binnenlands Bestuur: gemeenten worstelen met Woo-termijnen',
    at: '2025-11-07T05:30:00Z',
    headers: [
      [
        'List-Unsubscribe',
        '<https://binnenlandsbestuur.example/afmelden?id=8f21c>, <mailto:afmelden@binnenlandsbestuur.example>',
      ],
      ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
      ['Precedence', 'bulk'],
    ],
    text: `Binnenlands Bestuur - dagelijkse nieuwsbrief, vrijdag 7 november

- Gemeenten worstelen met Woo-termijnen: helft van de besluiten te laat
- Nieuwe CAO gemeenten: akkoord over thuiswerkvergoeding
- Column: de archivaris als poortwachter van de democratie

Lees alle artikelen op binnenlandsbestuur.example.

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan via de link onderaan deze mail.`,
  },
  {
    from: PEOPLE.jeroen,
    to: [PEOPLE.sanne],
    subject: 'Automatisch antwoord: Nota fasering actieve openbaarmaking',
    at: '2025-11-04T12:10:00Z',
    plainOnly: true,
    isRead: true,
    headers: [
      ['Auto-Submitted', 'auto-replied'],
      ['X-Auto-Response-Suppress', 'All'],
    ],
    text: `Ik ben tot en met 7 november afwezig en heb beperkt toegang tot mijn mail. Voor dringende zaken kunt u contact opnemen met het secretariaat van de directie, telefoon 070 426 70 00.

Met vriendelijke groet,
Jeroen Mulder`,
  },
  {
    from: PEOPLE.jeroen,
    to: [PEOPLE.sanne],
    subject: 'Geaccepteerd: Overleg voortgang Open op Orde',
    at: '2025-11-13T08:12:00Z',
    plainOnly: true,
    calendar: { method: 'REPLY', content: ACCEPTANCE },
    text: 'Jeroen Mulder heeft uw uitnodiging geaccepteerd.',
  },
  {
    from: PEOPLE.servicedesk,
    to: [PEOPLE.sanne],
    subject: 'Uw wachtwoord verloopt over 7 dagen',
    at: '2025-11-20T06:00:00Z',
    plainOnly: true,
    headers: [['Auto-Submitted', 'auto-generated']],
    text: `Beste collega,

Het wachtwoord van uw account beleid@bronvast.example verloopt over 7 dagen. Wijzig het tijdig via het selfserviceportaal.

Dit is een automatisch bericht; u kunt er niet op antwoorden.

Servicedesk Rijk`,
  },
];
