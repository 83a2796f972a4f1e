import {
  ADVIES_BERICHTENAPPS,
  ADVIES_RAAD_VAN_STATE,
  CONCEPTRAPPORT_WEERBAARHEID,
  CONVENANT_CONCEPT,
  NOTA_BERICHTENAPPS,
} from './attachments';
import { KAMERBRIEF_DECISION, KAMERBRIEF_REPLY } from './mail-conversation';
import type { SeedMail } from './mail-builder';
import { PEOPLE } from './users';
import { AUTOMATED_TO_OFFICER } from './mail-officer-automated';

/** Policy mail in Sanne's inbox. */
const POLICY: readonly SeedMail[] = [
  {
    from: PEOPLE.pieter,
    to: [PEOPLE.sanne],
    subject: 'BZK-2025-0113 Planning actieve openbaarmaking informatiecategorieën',
    at: '2025-11-03T09:15:00Z',
    isRead: true,
    text: `Hoi Sanne,

Zoals besproken in het MT: de departementen willen meer tijd voor de categorieën adviezen (3.3 lid 2 onder e) en onderzoeksrapporten (onder j). Mijn voorstel is om de fasering als volgt aan te passen:
- fase 1 (per 1 januari): wet- en regelgeving, organisatie en werkwijze, Kamerstukken;
- fase 2 (per 1 juli): adviezen, convenanten, onderzoeksrapporten;
- fase 3 (per 1 januari 2027): de overige categorieën.

Kun jij nagaan of dit past binnen de afspraken met de Kamer? Dan neem ik het mee in de nota aan de minister.

Groet,
Pieter Jansen
Coördinator Woo-implementatie
T 070 426 81 33`,
  },
  {
    from: PEOPLE.fatima,
    to: [PEOPLE.sanne],
    cc: [PEOPLE.pieter],
    subject: 'Juridisch advies reikwijdte Woo bij chatberichten',
    at: '2025-11-05T15:47:00Z',
    text: `Beste Sanne,

Bijgaand ons advies over de reikwijdte van de Woo bij chatberichten, en jouw nota met onze opmerkingen in de kantlijn verwerkt (versie 0.3).

Kern: chatberichten over bestuurlijke aangelegenheden zijn documenten in de zin van de Woo, ook op privételefoons. De beleidsregel moet daarom een bewaarplicht bevatten, niet alleen een richtlijn. Voor persoonlijke beleidsopvattingen in intern beraad blijft artikel 5.2 van toepassing.

Dit hoort bij dossier BZK-2025-0021.

Met vriendelijke groet,
Fatima El Idrissi
Juridisch adviseur, directie Wetgeving en Juridische Zaken`,
    attachments: [ADVIES_BERICHTENAPPS, NOTA_BERICHTENAPPS],
  },
  {
    from: PEOPLE.vng,
    to: [PEOPLE.sanne],
    cc: [PEOPLE.pieter],
    subject:
      'Reactie VNG op internetconsultatie Wet modernisering elektronisch bestuurlijk verkeer',
    at: '2025-11-06T11:30:00Z',
    text: `Geachte mevrouw De Vries,

Namens de VNG dank voor de gelegenheid om te reageren op het concept-wetsvoorstel modernisering elektronisch bestuurlijk verkeer.

Gemeenten steunen het recht op digitaal berichtenverkeer, maar vragen om een invoeringstermijn van ten minste twee jaar en om financiering van de aanpassingen in de zaaksystemen. Ook vragen wij om duidelijkheid over de ontvangstbevestiging bij berichten die buiten kantoortijden binnenkomen.

Onze volledige reactie is op internetconsultatie.nl geplaatst. Wij gaan graag met u in gesprek.

Met vriendelijke groet,
Lotte Dekker
Beleidsadviseur Digitale Overheid, Vereniging van Nederlandse Gemeenten`,
  },
  {
    from: PEOPLE.archief,
    to: [PEOPLE.sanne, PEOPLE.marloes],
    subject: 'Concepttekst convenant informatiehuishouding (BZK-2025-0064)',
    at: '2025-11-10T13:02:00Z',
    text: `Beste Sanne en Marloes,

Hierbij de concepttekst van het convenant zoals besproken in het overleg van 4 november. Wij hebben artikel 2 over het e-depot aangepast; de kosten worden nu per aangesloten departement verdeeld.

Graag jullie reactie uiterlijk 21 november, zodat we de tekst in de stuurgroep van december kunnen vaststellen.

Met vriendelijke groet,
Ruben van Leeuwen
Adviseur informatiebeheer, Nationaal Archief`,
    attachments: [CONVENANT_CONCEPT],
  },
  {
    from: PEOPLE.raad,
    to: [PEOPLE.sanne],
    cc: [PEOPLE.fatima],
    subject: 'Advies W04.25.0131/I inzake voorstel van wet versterking waarborgfunctie Grondwet',
    at: '2025-11-11T07:58:00Z',
    text: `Geachte heer/mevrouw,

Hierbij ontvangt u het advies van de Afdeling advisering van de Raad van State over het voorstel van wet tot versterking van de waarborgfunctie van de Grondwet (W04.25.0131/I). Het advies wordt openbaar gemaakt op het moment dat het voorstel bij de Tweede Kamer wordt ingediend.

Hoogachtend,
Secretariaat Afdeling advisering
Raad van State`,
    attachments: [ADVIES_RAAD_VAN_STATE],
  },
  {
    from: PEOPLE.onderzoek,
    to: [PEOPLE.sanne],
    cc: [PEOPLE.pieter],
    subject: 'Conceptrapport digitale weerbaarheid gemeenten (BZK-2025-0098)',
    at: '2025-11-17T16:20:00Z',
    text: `Beste Sanne,

Bijgevoegd het conceptrapport van ons onderzoek naar de digitale weerbaarheid van middelgrote gemeenten. Wij ontvangen graag vóór 1 december een feitelijke reactie; daarna stellen wij het rapport vast.

Met vriendelijke groet,
Eline Smit
Senior onderzoeker`,
    attachments: [CONCEPTRAPPORT_WEERBAARHEID],
  },
  {
    from: PEOPLE.burger,
    to: [PEOPLE.sanne],
    subject: 'Aanvullende gegevens bij mijn Woo-verzoek over datacenters',
    at: '2025-11-18T19:44:00Z',
    text: `Geachte mevrouw De Vries,

Naar aanleiding van uw telefoontje van vandaag stuur ik u de gevraagde gegevens bij mijn Woo-verzoek van 2 oktober over de besluitvorming rond de datacenters.

Mijn gegevens:
Naam: Johan Bos
Adres: Lindenlaan 14, 8011 AB Zwolle
BSN: 111222333
Telefoon: 06-12345678 (overdag ook bereikbaar op 038 421 55 90)
Rekeningnummer voor de eventuele vergoeding van kopieerkosten: NL91ABNA0417164300

Ik wil het verzoek beperken tot de periode 2022-2024 en ontvang de documenten graag digitaal.

Met vriendelijke groet,
Johan Bos`,
  },
  KAMERBRIEF_REPLY,
  KAMERBRIEF_DECISION,
  {
    from: PEOPLE.daan,
    to: [PEOPLE.sanne],
    cc: [PEOPLE.marloes],
    subject: 'Beoordeling aanvragen subsidieregeling lokale democratie (BZK-2024-0278)',
    at: '2025-11-18T09:12:00Z',
    text: `Hoi Sanne,

De commissie heeft de 23 aanvragen van de tweede tranche beoordeeld. Voorstel: 14 toekennen, 6 afwijzen wegens onvoldoende burgerbetrokkenheid, 3 aanhouden tot de aanvullende begroting binnen is. Het totaalbedrag blijft binnen het plafond van 2,4 miljoen euro.

Wil jij meelezen met de motivering van de afwijzingen voordat de beschikkingen eruit gaan? Ik wil voorkomen dat we bij bezwaar op de motivering onderuitgaan.

Groet,
Daan Visser
Beleidsmedewerker Lokale Democratie
T 070 426 55 12`,
  },
  {
    from: PEOPLE.daan,
    to: [PEOPLE.sanne],
    subject: 'Lunch vrijdag?',
    at: '2025-11-19T10:03:00Z',
    isRead: true,
    text: `Hoi Sanne,

Zin om vrijdag samen te lunchen in de kantine? Rond half één?

Daan`,
  },
];

/** Sanne's inbox: policy mail, a conversation, and the automated mail every inbox has. */
export const OFFICER_INBOX: readonly SeedMail[] = [...POLICY, ...AUTOMATED_TO_OFFICER];
