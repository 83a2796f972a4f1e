import type { MimeAddress } from '../mime/mime-message';
import { PEOPLE } from './users';

/** A policy thread of the demo weeks: its dossier's kenmerk, topic and who writes about it. */
export interface PolicyTopic {
  readonly kenmerk: string;
  readonly topic: string;
  readonly correspondents: readonly MimeAddress[];
  readonly lines: readonly string[];
}

/** Policy topics, one per demo dossier, in the words officials use about them. */
export const POLICY_TOPICS: readonly PolicyTopic[] = [
  {
    kenmerk: 'BZK-2025-0113',
    topic: 'fasering actieve openbaarmaking',
    correspondents: [PEOPLE.pieter, PEOPLE.jeroen],
    lines: [
      'De departementen vragen meer tijd voor de informatiecategorieën adviezen en onderzoeksrapporten.',
      'Ik stel voor de planning van fase 2 in de nota aan de minister op te nemen.',
      'Graag jouw reactie op het conceptbesluit over de fasering voor het MT van donderdag.',
    ],
  },
  {
    kenmerk: 'BZK-2025-0021',
    topic: 'beleidsregel berichtenapps',
    correspondents: [PEOPLE.fatima, PEOPLE.daan],
    lines: [
      'Chatberichten over bestuurlijke aangelegenheden zijn documenten in de zin van de Woo.',
      'Het juridisch advies adviseert een bewaarplicht in de beleidsregel op te nemen.',
      'De staatssecretaris wil de beleidsregel voor het zomerreces vaststellen.',
    ],
  },
  {
    kenmerk: 'BZK-2025-0150',
    topic: 'Kamerbrief voortgang Open op Orde',
    correspondents: [PEOPLE.jeroen, PEOPLE.archief],
    lines: [
      'Bijgaand de tweede versie van de Kamerbrief met de verwerkte opmerkingen van de directie.',
      'De Inspectie constateert dat de informatiehuishouding nog niet op orde is; dat moet in de brief.',
      'Kun je de passage over de voortgangsrapportage aanscherpen voor de ambtelijke lijn?',
    ],
  },
  {
    kenmerk: 'BZK-2025-0098',
    topic: 'onderzoek digitale weerbaarheid gemeenten',
    correspondents: [PEOPLE.vng, PEOPLE.daan],
    lines: [
      'De gemeenten vragen om een extra overleg over de aanbevelingen van het conceptrapport.',
      'Het onderzoeksbureau levert het eindrapport over drie weken op; de begeleidingscommissie reageert.',
      'Wij stellen voor de beleidsreactie samen met VNG op te stellen.',
    ],
  },
  {
    kenmerk: 'BZK-2025-0204',
    topic: 'invoering Archiefwet 2021',
    correspondents: [PEOPLE.archief, PEOPLE.marloes],
    lines: [
      'De overbrengingstermijn van tien jaar vraagt om aanpassing van de selectielijst.',
      'Het Nationaal Archief heeft vragen over de waardering van e-mail van topfunctionarissen.',
      'Graag je akkoord op de uitvoeringsnotitie, dan gaat die naar de SG.',
    ],
  },
];

/** Newsletters with List-Unsubscribe: not policy-relevant. */
export const NEWSLETTERS: readonly { readonly from: MimeAddress; readonly subject: string }[] = [
  { from: PEOPLE.nieuwsbrief, subject: 'Nieuwsbrief Binnenlands Bestuur: het laatste nieuws' },
  { from: PEOPLE.kia, subject: 'KIA Informatiehuishouding: webinar en nieuws van de community' },
];

/** System notices from no-reply senders. */
export const NOTICES: readonly string[] = [
  'Uw wachtwoord verloopt over 7 dagen',
  'Melding: storing in de ticketomgeving is verholpen',
  'Uw aanvraag bij de Servicedesk Rijk is afgehandeld',
];

/** Private mail an officer receives at work. */
export const PRIVATE: readonly {
  readonly from: MimeAddress;
  readonly subject: string;
  readonly text: string;
}[] = [
  {
    from: { name: 'Mark de Groot', address: 'mark.degroot@gmail.example' },
    subject: 'Etentje zaterdag?',
    text: 'Hoi! Zin om zaterdag bij ons te eten? De kinderen vinden het ook gezellig. Groetjes, Mark',
  },
  {
    from: { name: 'Tennisvereniging De Lobbers', address: 'secretaris@delobbers.example' },
    subject: 'Contributie en bardienstrooster',
    text: 'Beste leden, hierbij het bardienstrooster voor de komende maand en een herinnering aan de contributie.',
  },
];
