import { PEOPLE } from './users';
import { messageIdOf, type SeedMail } from './mail-builder';

const SUBJECT = 'Kamerbrief voortgang Open op Orde (BZK-2025-0150)';

/** Sanne's first mail of the three-mail conversation; it sits in her Sent Items. */
export const KAMERBRIEF_START: SeedMail = {
  from: PEOPLE.sanne,
  to: [PEOPLE.pieter],
  cc: [PEOPLE.marloes],
  subject: SUBJECT,
  at: '2025-11-12T08:41:00Z',
  text: `Hoi Pieter,

Hierbij de eerste opzet van de voortgangsbrief Open op Orde. De monitorcijfers van de departementen zijn verwerkt in paragraaf 2; paragraaf 4 over berichtenapps is nog dun.

Kun jij vóór vrijdag kijken of de cijfers over de achterstanden bij de overbrenging kloppen met wat het Nationaal Archief ons heeft gemeld?

Groet,
Sanne

Sanne de Vries
Senior beleidsmedewerker Open Overheid
Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
M 06 41 22 87 19`,
};

/** Pieter's answer. */
export const KAMERBRIEF_REPLY: SeedMail = {
  from: PEOPLE.pieter,
  to: [PEOPLE.sanne],
  cc: [PEOPLE.marloes],
  subject: `RE: ${SUBJECT}`,
  at: '2025-11-13T14:05:00Z',
  inReplyTo: messageIdOf(KAMERBRIEF_START),
  text: `Hoi Sanne,

De cijfers kloppen op één punt na: het NA meldt voor 2024 een achterstand van 212 strekkende meter, niet 180. Ik heb dat in de tabel aangepast.

Voor paragraaf 4 stel ik voor dat we verwijzen naar de beleidsregel berichtenapps (BZK-2025-0021) en de planning noemen: consultatie in december, inwerkingtreding per 1 april.

Ik leg de keuze voor de publicatiedatum bij Jeroen neer.

Groet,
Pieter

-----Oorspronkelijk bericht-----
Van: Sanne de Vries <beleid@bronvast.example>
Verzonden: woensdag 12 november 2025 09:41
Onderwerp: ${SUBJECT}

Hierbij de eerste opzet van de voortgangsbrief Open op Orde.`,
};

/** Jeroen's decision, closing the conversation. */
export const KAMERBRIEF_DECISION: SeedMail = {
  from: PEOPLE.jeroen,
  to: [PEOPLE.sanne, PEOPLE.pieter],
  cc: [PEOPLE.marloes],
  subject: `RE: RE: ${SUBJECT}`,
  at: '2025-11-14T10:22:00Z',
  importance: 'high',
  inReplyTo: messageIdOf(KAMERBRIEF_REPLY),
  text: `Sanne, Pieter,

Akkoord met de brief met de aanpassingen van Pieter. Besluit: de brief gaat op 2 december naar de Kamer, tegelijk met de monitor. Paragraaf 4 graag inkorten tot de planning van de beleidsregel; de inhoudelijke keuzes bewaren we voor de brief over berichtenapps.

Willen jullie de definitieve versie maandag via de lijn naar de SG sturen?

Met vriendelijke groet,
Jeroen Mulder
Directeur Democratie en Open Overheid`,
};
