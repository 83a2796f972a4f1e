import type { SeedMail } from './mail-builder';
import { PEOPLE } from './users';

/** Sanne asks Marloes where the Raad van State advice belongs: in her sent items and in Marloes's inbox. */
export const DOSSIER_QUESTION: SeedMail = {
  from: PEOPLE.sanne,
  to: [PEOPLE.marloes],
  subject: 'Welk dossier voor het advies van de Raad van State?',
  at: '2025-11-11T09:05:00Z',
  text: `Hoi Marloes,

Het advies van de Raad van State over de waarborgfunctie is binnen. Hoort dat in BZK-2025-0131, of maken jullie voor het nader rapport een apart dossier aan?

Groet,
Sanne`,
};

/** Marloes's inbox. */
export const MANAGER_INBOX: readonly SeedMail[] = [
  DOSSIER_QUESTION,
  {
    from: PEOPLE.pieter,
    to: [PEOPLE.marloes],
    subject: 'Verzoek nieuw dossier: evaluatie Wet open overheid',
    at: '2025-11-17T10:40:00Z',
    text: `Hoi Marloes,

Wil jij een nieuw dossier aanmaken voor de wetsevaluatie van de Woo? Eigenaar ben ik, standaardcategorie onderzoeksrapport. De opdracht aan de onderzoekers gaat begin december de deur uit.

Dank!
Pieter`,
  },
  {
    from: PEOPLE.archief,
    to: [PEOPLE.marloes],
    subject: 'Vastgestelde selectielijst beleidsterrein Openbaar Bestuur',
    at: '2025-11-12T12:00:00Z',
    text: `Beste Marloes,

De selectielijst voor het beleidsterrein Openbaar Bestuur is vastgesteld en gepubliceerd in de Staatscourant. De bewaartermijnen voor adviezen en Kamerstukken zijn ongewijzigd (blijvend te bewaren).

Met vriendelijke groet,
Ruben van Leeuwen`,
  },
  {
    from: PEOPLE.kia,
    to: [PEOPLE.marloes],
    subject: 'KIA-nieuwsbrief november: metadata volgens MDTO in de praktijk',
    at: '2025-11-14T06:15:00Z',
    headers: [
      ['List-Unsubscribe', '<https://kia-community.example/afmelden>'],
      ['Precedence', 'bulk'],
    ],
    text: `KIA-nieuwsbrief november

- Praktijkdag MDTO: drie departementen vertellen over hun migratie
- Webinar: chatberichten archiveren zonder handwerk

Afmelden? Gebruik de link in de voettekst.`,
  },
  {
    from: PEOPLE.servicedesk,
    to: [PEOPLE.marloes],
    subject: 'Rapportage opslaggebruik SharePoint-site Informatiebeheer',
    at: '2025-11-17T05:00:00Z',
    plainOnly: true,
    headers: [['Auto-Submitted', 'auto-generated']],
    text: `De site /sites/informatiebeheer gebruikt 41 procent van het toegewezen opslagquotum. Er is geen actie nodig.

Dit is een automatisch bericht.`,
  },
];

/** Marloes's Sent Items. */
export const MANAGER_SENT: readonly SeedMail[] = [
  {
    from: PEOPLE.marloes,
    to: [PEOPLE.sanne],
    subject: 'RE: Welk dossier voor het advies van de Raad van State?',
    at: '2025-11-11T11:47:00Z',
    text: `Hoi Sanne,

Het advies en het nader rapport horen allebei in BZK-2025-0131; een apart dossier is niet nodig.

Groet,
Marloes Bakker
Informatiebeheerder`,
  },
];
