import type { WooCategoryCode } from '../../src/core';

/** A dossier of the demo registry. */
export interface SeedDossier {
  readonly kenmerk: string;
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly owner: string;
  readonly status: 'open' | 'closed';
  readonly defaultCategory: WooCategoryCode;
  readonly retentionLabel: string;
}

const BLIJVEND = 'Archiefwaardig - blijvend bewaren';
const TIEN_JAAR = 'Vernietigen na 10 jaar';
const VIJF_JAAR = 'Vernietigen na 5 jaar';

/** Twelve dossiers of a ministry's directorate for democracy and open government. */
export const DOSSIERS: readonly SeedDossier[] = [
  {
    kenmerk: 'BZK-2025-0113',
    title: 'Implementatie actieve openbaarmaking Woo',
    description:
      'Gefaseerde invoering van de actieve openbaarmaking van de informatiecategorieën van artikel 3.3 Woo door de departementen, inclusief planning, aansluiting op de landelijke voorziening en monitoring.',
    keywords: [
      'Woo',
      'actieve openbaarmaking',
      'informatiecategorieën',
      'artikel 3.3',
      'publicatieplatform',
      'fasering',
    ],
    owner: 'Sanne de Vries',
    status: 'open',
    defaultCategory: '3.1',
    retentionLabel: BLIJVEND,
  },
  {
    kenmerk: 'BZK-2025-0021',
    title: 'Beleidsregel gebruik berichtenapps en chat',
    description:
      'Rijksbrede beleidsregel over het gebruik van berichtenapps (WhatsApp, Signal, Teams-chat) door bewindspersonen en ambtenaren en het tijdig archiveren van chatberichten met beleidswaarde.',
    keywords: [
      'berichtenapps',
      'chatberichten',
      'WhatsApp',
      'Signal',
      'Teams',
      'archiveren',
      'beleidsregel',
    ],
    owner: 'Sanne de Vries',
    status: 'open',
    defaultCategory: '3.3.1b',
    retentionLabel: BLIJVEND,
  },
  {
    kenmerk: 'BZK-2025-0042',
    title: 'Wetsvoorstel modernisering elektronisch bestuurlijk verkeer',
    description:
      'Voorbereiding van het wetsvoorstel dat burgers een recht geeft op digitaal berichtenverkeer met de overheid; internetconsultatie en verwerking van de reacties van VNG, IPO en Unie van Waterschappen.',
    keywords: [
      'elektronisch bestuurlijk verkeer',
      'Awb',
      'internetconsultatie',
      'VNG',
      'digitale overheid',
      'wetsvoorstel',
    ],
    owner: 'Pieter Jansen',
    status: 'open',
    defaultCategory: '3.3.1c',
    retentionLabel: BLIJVEND,
  },
  {
    kenmerk: 'BZK-2025-0131',
    title: 'Advies Raad van State waarborgfunctie Grondwet',
    description:
      'Adviesaanvraag aan en advies van de Afdeling advisering van de Raad van State over het wetsvoorstel versterking waarborgfunctie van de Grondwet, en het nader rapport.',
    keywords: ['Raad van State', 'advies', 'Grondwet', 'constitutionele toetsing', 'nader rapport'],
    owner: 'Fatima El Idrissi',
    status: 'open',
    defaultCategory: '3.3.2e',
    retentionLabel: BLIJVEND,
  },
  {
    kenmerk: 'BZK-2024-0278',
    title: 'Subsidieregeling versterking lokale democratie',
    description:
      'Tijdelijke subsidieregeling voor gemeenten die experimenteren met burgerberaden en digitale participatie; beoordeling van aanvragen en verantwoording.',
    keywords: ['subsidie', 'lokale democratie', 'burgerberaad', 'participatie', 'gemeenten'],
    owner: 'Daan Visser',
    status: 'open',
    defaultCategory: '3.3.2h',
    retentionLabel: TIEN_JAAR,
  },
  {
    kenmerk: 'BZK-2025-0064',
    title: 'Convenant informatiehuishouding Rijk en Nationaal Archief',
    description:
      'Afspraken tussen de ministeries en het Nationaal Archief over duurzame toegankelijkheid, overbrenging en het gezamenlijk e-depot.',
    keywords: [
      'convenant',
      'Nationaal Archief',
      'e-depot',
      'overbrenging',
      'duurzame toegankelijkheid',
    ],
    owner: 'Marloes Bakker',
    status: 'open',
    defaultCategory: '3.3.2f',
    retentionLabel: BLIJVEND,
  },
  {
    kenmerk: 'BZK-2025-0150',
    title: 'Kamerbrief voortgang Open op Orde',
    description:
      'Halfjaarlijkse voortgangsbrief aan de Tweede Kamer over het verbeterprogramma informatiehuishouding Open op Orde, met de monitor van de departementen.',
    keywords: [
      'Kamerbrief',
      'Open op Orde',
      'voortgangsrapportage',
      'informatiehuishouding',
      'Tweede Kamer',
    ],
    owner: 'Sanne de Vries',
    status: 'open',
    defaultCategory: '3.3.2b',
    retentionLabel: BLIJVEND,
  },
  {
    kenmerk: 'BZK-2025-0098',
    title: 'Onderzoek digitale weerbaarheid gemeenten',
    description:
      'Extern onderzoek naar de digitale weerbaarheid en informatiebeveiliging van middelgrote gemeenten, met aanbevelingen voor het Rijk.',
    keywords: [
      'onderzoek',
      'digitale weerbaarheid',
      'informatiebeveiliging',
      'BIO',
      'gemeenten',
      'rapport',
    ],
    owner: 'Pieter Jansen',
    status: 'open',
    defaultCategory: '3.3.2j',
    retentionLabel: TIEN_JAAR,
  },
  {
    kenmerk: 'BZK-2025-0177',
    title: 'Woo-verzoek besluitvorming datacenters',
    description:
      'Behandeling van een Woo-verzoek over documenten rond de besluitvorming over hyperscale datacenters: inventarisatie, zienswijzen, beoordeling en besluit.',
    keywords: [
      'Woo-verzoek',
      'datacenters',
      'inventarislijst',
      'zienswijze',
      'besluit op Woo-verzoek',
    ],
    owner: 'Fatima El Idrissi',
    status: 'open',
    defaultCategory: '3.3.2i',
    retentionLabel: TIEN_JAAR,
  },
  {
    kenmerk: 'BZK-2024-0311',
    title: 'Jaarverslag informatiehuishouding 2024',
    description:
      'Samenstelling van het jaarverslag over de staat van de informatiehuishouding van het ministerie over 2024.',
    keywords: ['jaarverslag', 'informatiehuishouding', '2024', 'verantwoording'],
    owner: 'Marloes Bakker',
    status: 'closed',
    defaultCategory: '3.3.2g',
    retentionLabel: VIJF_JAAR,
  },
  {
    kenmerk: 'BZK-2025-0189',
    title: 'Klachtbehandeling reisdocumenten',
    description:
      'Behandeling van klachten over de dienstverlening bij de aanvraag van reisdocumenten en de oordelen daarover.',
    keywords: [
      'klacht',
      'klachtoordeel',
      'reisdocumenten',
      'dienstverlening',
      'Nationale ombudsman',
    ],
    owner: 'Daan Visser',
    status: 'open',
    defaultCategory: '3.3.2l',
    retentionLabel: VIJF_JAAR,
  },
  {
    kenmerk: 'BZK-2025-0204',
    title: 'Invoering Archiefwet 2021',
    description:
      'Voorbereiding van de invoering van de nieuwe Archiefwet: verkorting van de overbrengingstermijn naar tien jaar, lagere regelgeving en communicatie naar de zorgdragers.',
    keywords: [
      'Archiefwet',
      'overbrengingstermijn',
      'zorgdrager',
      'selectielijst',
      'lagere regelgeving',
    ],
    owner: 'Marloes Bakker',
    status: 'open',
    defaultCategory: '3.3.1a',
    retentionLabel: BLIJVEND,
  },
];
