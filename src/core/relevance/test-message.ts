import { asSourceId } from '../ids';
import type { Message } from '../message';

/** Builds a ministry mail for the relevance tests; override any field. */
export function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    kind: 'mail',
    id: asSourceId('<relevance-test@minbzk.nl>'),
    subject: 'Overleg',
    from: { name: 'Evert Dekker', address: 'e.dekker@minbzk.nl' },
    to: [{ address: 'm.smit@minbzk.nl' }],
    cc: [],
    bodyText: 'Zie hieronder.',
    headers: {},
    attachments: [],
    ...overrides,
  };
}

/** A Dutch beslisnota mail: decision vocabulary and a policy document attached. */
export const BESLISNOTA_MAIL = aMessage({
  subject: 'Beslisnota subsidieregeling energiearmoede - graag akkoord',
  bodyText:
    'Beste Marieke,\n\nBijgaand de beslisnota over de subsidieregeling. We vragen de minister ' +
    'in te stemmen met variant B. Financiën is akkoord met het voorstel, mits de ' +
    'uitvoeringskosten binnen het budget blijven. Kun je de nota vóór vrijdag paraferen?\n\nEvert',
  attachments: [{ name: 'Beslisnota subsidieregeling v3.docx', size: 48_000 }],
});

/** A lunch invitation between colleagues. */
export const LUNCH_MAIL = aMessage({
  subject: 'Lunch vrijdag?',
  bodyText: 'Hoi Joris, zin om vrijdag te lunchen bij die nieuwe tent aan het Spui? Evert',
});

/** An out-of-office reply as Exchange sends it. */
export const AUTO_REPLY = aMessage({
  subject: 'Automatisch antwoord: Beslisnota subsidieregeling',
  from: { address: 'm.smit@minbzk.nl' },
  bodyText: 'Ik ben tot en met 24 maart afwezig en heb geen toegang tot mijn e-mail.',
  headers: { 'auto-submitted': 'auto-replied', 'x-auto-response-suppress': 'All' },
});

/** A newsletter with list headers. */
export const NEWSLETTER = aMessage({
  subject: 'Nieuwsbrief Rijksportaal - week 11',
  from: { address: 'nieuwsbrief@rijksportaal.nl' },
  bodyText:
    'In deze editie: thuiswerkvergoeding. Bekijk deze e-mail in je browser. Afmelden kan via je profiel.',
  headers: { 'list-unsubscribe': '<https://rijksportaal.nl/afmelden>', precedence: 'bulk' },
});

/** A meeting acceptance. */
export const MEETING_ACCEPTANCE = aMessage({
  subject: 'Geaccepteerd: Bestuurlijk overleg opvang statushouders',
  bodyText: '',
  headers: { 'content-class': 'urn:content-classes:calendarmessage' },
});
