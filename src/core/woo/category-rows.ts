import type { WooCategoryCode } from '../woo-codes';
import type { LocalizedText } from './localized-text';

/** One category as written in the TOOI list: code, TOOI id, label, label for groups, definition. */
export type CategoryRow = readonly [WooCategoryCode, string, LocalizedText, string, string];

// Lid 1 a-e and lid 2 a-e are checked against the law text; lid 2 f-l follow the TOOI order
// and definitions. 3.1 is not a category of art. 3.3 but the TOOI/DiWoo value for information
// published under the general duty of art. 3.1, defined as in TOOI list version 4
// (scw_woo_informatiecategorieen/4, 2024-09-24, the list DiWoo 0.9.8 names): "verplichte".
/** The art. 3.3 categories and the art. 3.1 catch-all, in the order of the law. */
export const CATEGORY_ROWS: readonly CategoryRow[] = [
  [
    '3.3.1a',
    'c_139c6280',
    { nl: 'wet of algemeen verbindend voorschrift', en: 'act or generally binding regulation' },
    'wetten en algemeen verbindende voorschriften',
    'wetten en andere algemeen verbindende voorschriften',
  ],
  [
    '3.3.1b',
    'c_aab6bfc7',
    { nl: 'overig besluit van algemene strekking', en: 'other decision of general application' },
    'overige besluiten van algemene strekking',
    'overige besluiten van algemene strekking',
  ],
  [
    '3.3.1c',
    'c_759721e2',
    {
      nl: 'ontwerp van wet- en regelgeving met adviesaanvraag',
      en: 'draft legislation with request for advice',
    },
    'ontwerpen van wet- en regelgeving met adviesaanvraag',
    'ontwerpen van wetten, andere algemeen verbindende voorschriften en overige besluiten van algemene strekking waarover een extern advies is gevraagd, met inbegrip van de adviesaanvraag',
  ],
  [
    '3.3.1d',
    'c_40a05794',
    { nl: 'organisatie en werkwijze', en: 'organisation and working methods' },
    'organisatie en werkwijze',
    'inzicht in zijn organisatie en werkwijze, waaronder de taken en bevoegdheden van de organisatieonderdelen',
  ],
  [
    '3.3.1e',
    'c_89ee6784',
    { nl: 'bereikbaarheidsgegevens', en: 'contact details' },
    'bereikbaarheidsgegevens',
    'de bereikbaarheid van het bestuursorgaan en zijn organisatieonderdelen en de wijze waarop een verzoek om informatie kan worden ingediend',
  ],
  [
    '3.3.2a',
    'c_8c840238',
    {
      nl: 'bij vertegenwoordigend orgaan ingekomen stuk',
      en: 'document received by a representative body',
    },
    'bij vertegenwoordigende organen ingekomen stukken',
    'bij de Kamers en de verenigde vergadering der Staten-Generaal, provinciale staten, gemeenteraden en algemene besturen van waterschappen ter behandeling ingekomen stukken, tenzij deze betrekking hebben op door de regering vertrouwelijk aan de Staten-Generaal verstrekte informatie of tenzij deze betrekking hebben op individuele gevallen',
  ],
  [
    '3.3.2b',
    'c_c76862ab',
    { nl: 'vergaderstuk Staten-Generaal', en: 'meeting document of the States General' },
    'vergaderstukken Staten-Generaal',
    'vergaderstukken en verslagen van de Kamers en de verenigde vergadering der Staten-Generaal en hun commissies, tenzij deze betrekking hebben op door de regering vertrouwelijk aan de Staten-Generaal verstrekte informatie',
  ],
  [
    '3.3.2c',
    'c_db4862c3',
    { nl: 'vergaderstuk decentrale overheid', en: 'meeting document of a decentralised authority' },
    'vergaderstukken decentrale overheden',
    'vergaderstukken en verslagen van provinciale staten, gemeenteraden en algemene besturen van waterschappen, algemene besturen van openbare lichamen, besturen van bedrijfsvoeringsorganisaties en gemeenschappelijke organen als bedoeld in de Wet gemeenschappelijke regelingen en hun commissies',
  ],
  [
    '3.3.2d',
    'c_3a248e3a',
    {
      nl: 'agenda of besluitenlijst bestuurscollege',
      en: 'agenda or decision list of an executive board',
    },
    'agenda’s en besluitenlijsten bestuurscolleges',
    'agenda’s en besluitenlijsten van vergaderingen van de ministerraad, gedeputeerde staten, colleges van burgemeester en wethouders en dagelijkse besturen van waterschappen en dagelijkse besturen van openbare lichamen als bedoeld in de Wet gemeenschappelijke regelingen',
  ],
  [
    '3.3.2e',
    'c_99a836c7',
    { nl: 'advies', en: 'advice' },
    'adviezen',
    'adviezen:\n1. over de ontwerpen, bedoeld in het eerste lid, onderdeel c, van adviescolleges of -commissies alsmede van andere externe partijen indien die om advies zijn verzocht;\n2. over andere onderwerpen van adviescolleges of -commissies, alsmede de op dat advies betrekking hebbende adviesaanvraag, uitgezonderd adviezen die betrekking hebben op individuele gevallen;',
  ],
  ['3.3.2f', 'c_8fc2335c', { nl: 'convenant', en: 'covenant' }, 'convenanten', 'convenanten'],
  [
    '3.3.2g',
    'c_c6cd1213',
    { nl: 'jaarplan of jaarverslag', en: 'annual plan or annual report' },
    'jaarplannen en jaarverslagen',
    'jaarplannen en jaarverslagen van bestuursorganen inzake de voorgenomen uitvoering van de taak of de verantwoording van die uitvoering',
  ],
  [
    '3.3.2h',
    'c_cf268088',
    {
      nl: 'subsidieverplichting anders dan met beschikking',
      en: 'subsidy obligation other than by decision',
    },
    'subsidieverplichtingen anders dan met beschikking',
    'verplichtingen tot verstrekking van subsidies, anders dan met een beschikking (NB - alleen bij Min. BZ)',
  ],
  [
    '3.3.2i',
    'c_3baef532',
    { nl: 'Woo-verzoek of -besluit', en: 'Woo request or decision' },
    'Woo-verzoeken en -besluiten',
    'de inhoud van de schriftelijke verzoeken op grond van artikel 4.1, van de schriftelijke beslissingen op die verzoeken en de daarbij verstrekte informatie',
  ],
  [
    '3.3.2j',
    'c_fdaee95e',
    { nl: 'onderzoeksrapport', en: 'research report' },
    'onderzoeksrapporten',
    'op verzoek van een bestuursorgaan ambtelijk of extern opgestelde onderzoeksrapporten die geen onderdeel vormen van de uitvoering van de taak van dat bestuursorgaan, die voornamelijk uit feitelijk materiaal bestaan en die betrekking hebben op:\n1. de wijze van functioneren van de eigen organisatie;\n2. de voorbereiding of de evaluatie van beleid, inclusief de uitvoering, naleving en handhaving.',
  ],
  [
    '3.3.2k',
    'c_46a81018',
    { nl: 'beschikking', en: 'individual administrative decision' },
    'beschikkingen',
    'beschikkingen, met uitzondering van 21 categorieën.',
  ],
  [
    '3.3.2l',
    'c_a870c43d',
    { nl: 'klachtoordeel', en: 'complaint ruling' },
    'klachtoordelen',
    'schriftelijke oordelen in klachtprocedures als bedoeld in titel 9.1 van de Algemene wet bestuursrecht',
  ],
  [
    '3.1',
    'c_816e508d',
    { nl: 'inspanningsverplichting art 3.1 Woo', en: 'general duty to disclose, art. 3.1 Woo' },
    'inspanningsverplichting art 3.1 Woo',
    'Informatie die niet valt onder een van de verplichte informatiecategorieën van artikel 3.3 Woo, maar actief openbaar is gemaakt op grond van de algemene inspanningsverplichting van artikel 3.1 Woo',
  ],
];
