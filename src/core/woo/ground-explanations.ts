import type { GroundCode } from '../woo-codes';
import type { LocalizedText } from './localized-text';

const WEIGHED_NL = 'Dat belang wordt afgewogen tegen het belang van openbaarheid.';
const WEIGHED_EN = 'That interest is weighed against the public interest in disclosure.';

const weighed = (nl: string, en: string): LocalizedText => ({
  nl: `${nl} ${WEIGHED_NL}`,
  en: `${en} ${WEIGHED_EN}`,
});

/** What each ground means, in one or two sentences a citizen understands. */
export const GROUND_EXPLANATIONS: Readonly<Record<GroundCode, LocalizedText>> = {
  '5.1.1a': {
    nl: 'Informatie blijft geheim als openbaarmaking de eenheid van de Kroon in gevaar kan brengen: de Koning en de ministers moeten naar buiten als één geheel optreden.',
    en: 'Information stays closed if disclosure could endanger the unity of the Crown: the King and the ministers must act as one towards the outside world.',
  },
  '5.1.1b': {
    nl: 'Informatie die de veiligheid van Nederland kan schaden, bijvoorbeeld over inlichtingendiensten of defensie, wordt niet openbaar gemaakt.',
    en: 'Information that could harm the security of the Netherlands, for example about intelligence services or defence, is not disclosed.',
  },
  '5.1.1c': {
    nl: 'Bedrijfsgegevens die een bedrijf of persoon in vertrouwen aan de overheid heeft gegeven, zoals productieprocessen of klantgegevens, blijven vertrouwelijk.',
    en: 'Business data that a company or person gave the government in confidence, such as production processes or customer data, stay confidential.',
  },
  '5.1.1d': {
    nl: 'Gevoelige gegevens over iemand, zoals over gezondheid, geloof, afkomst, politieke voorkeur, vakbondslidmaatschap, seksuele geaardheid of strafrechtelijk verleden, worden niet openbaar gemaakt, tenzij de persoon daar uitdrukkelijk toestemming voor gaf of ze zelf openbaar maakte.',
    en: 'Sensitive data about someone, such as health, religion, ethnic origin, political views, union membership, sexual orientation or criminal record, are not disclosed unless the person explicitly agreed or made them public themselves.',
  },
  '5.1.1e': {
    nl: 'Nummers waarmee mensen wettelijk worden geïdentificeerd, zoals het burgerservicenummer (BSN), worden niet openbaar gemaakt, tenzij dat de privacy kennelijk niet schaadt.',
    en: "Numbers that identify people by law, such as the citizen service number (BSN), are not disclosed unless this clearly does not harm anyone's privacy.",
  },
  '5.1.2a': weighed(
    'Informatie kan worden geweigerd als openbaarmaking de betrekkingen van Nederland met andere landen of internationale organisaties zou schaden.',
    "Information may be withheld if disclosure would harm the Netherlands' relations with other countries or international organisations.",
  ),
  '5.1.2b': weighed(
    'Informatie kan worden geweigerd als openbaarmaking de economische of financiële belangen van de overheid zou schaden, bijvoorbeeld bij lopende onderhandelingen of aanbestedingen.',
    'Information may be withheld if disclosure would harm the economic or financial interests of the government, for example during negotiations or tenders.',
  ),
  '5.1.2c': weighed(
    'Informatie kan worden geweigerd als openbaarmaking het opsporen of vervolgen van strafbare feiten zou hinderen.',
    'Information may be withheld if disclosure would hinder the investigation or prosecution of criminal offences.',
  ),
  '5.1.2d': weighed(
    'Informatie kan worden geweigerd als openbaarmaking inspecties, controles of toezicht door de overheid minder effectief zou maken.',
    'Information may be withheld if disclosure would make inspections, checks or supervision by the government less effective.',
  ),
  '5.1.2e': weighed(
    'Gegevens over mensen, zoals namen, adressen, telefoonnummers en e-mailadressen, worden meestal weggelakt om hun persoonlijke levenssfeer (privacy) te beschermen.',
    'Data about people, such as names, addresses, phone numbers and e-mail addresses, are usually blacked out to protect their privacy.',
  ),
  '5.1.2f': weighed(
    'Bedrijfsgegevens waarmee concurrenten hun voordeel kunnen doen, zoals prijzen of werkwijzen, kunnen worden weggelakt.',
    'Business data that competitors could take advantage of, such as prices or methods, may be blacked out.',
  ),
  '5.1.2g': weighed(
    'Informatie kan worden geweigerd als openbaarmaking het milieu zou schaden, bijvoorbeeld de vindplaats van een zeldzame diersoort.',
    'Information may be withheld if disclosure would harm the environment, for example the location of a rare species.',
  ),
  '5.1.2h': weighed(
    'Informatie kan worden geweigerd als openbaarmaking de beveiliging van mensen of bedrijven in gevaar brengt of sabotage makkelijker maakt.',
    'Information may be withheld if disclosure would endanger the security of people or companies or make sabotage easier.',
  ),
  '5.1.2i': weighed(
    'Informatie kan worden geweigerd als openbaarmaking het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen zou schaden, bijvoorbeeld een lopend vertrouwelijk overleg tussen overheden. Het bestuursorgaan moet die schade per geval motiveren; een stempel als "vertrouwelijk" is op zichzelf geen grond. Meningen in intern beraad vallen onder artikel 5.2.',
    'Information may be withheld if disclosure would harm the proper functioning of the State, other public bodies or administrative authorities, for example a confidential consultation between authorities that is still going on. The authority must state that harm case by case; a "confidential" marking is not a ground in itself. Opinions in internal deliberation fall under article 5.2.',
  ),
  '5.1.4': {
    nl: 'Openbaarmaking kan even worden uitgesteld, zodat degene voor wie de informatie bedoeld is die als eerste kan lezen.',
    en: 'Disclosure may be postponed for a short time so that the person the information is meant for can read it first.',
  },
  '5.1.5': {
    nl: 'In uitzonderlijke gevallen kan andere informatie dan milieu-informatie worden geweigerd als openbaarmaking onevenredige benadeling toebrengt aan een ander belang dan die van het eerste of tweede lid, en het belang van openbaarheid daar niet tegen opweegt. Voor dezelfde informatie gaat het dus niet om een belang dat een grond uit die leden al beschermt; andere passages in hetzelfde document kunnen wel onder zo’n grond vallen.',
    en: 'In exceptional cases information other than environmental information may be withheld if disclosure would cause disproportionate harm to an interest other than those of the first or second paragraph, and the public interest in disclosure does not outweigh it. For the same information it is therefore never an interest a ground of those paragraphs already protects; other passages of the same document may fall under such a ground.',
  },
  '5.2': {
    nl: 'Persoonlijke beleidsopvattingen (meningen van een of meer personen over beleid, ook van externe adviseurs in het beraad) in stukken voor intern beraad worden in beginsel niet openbaar gemaakt, zodat vrij kan worden overlegd. Feiten, prognoses, beleidsalternatieven en de gevolgen daarvan, en andere onderdelen met een overwegend objectief karakter vallen er niet onder. In stukken voor formele bestuurlijke besluitvorming worden zulke opvattingen wel openbaar gemaakt, in een vorm die niet tot personen herleidbaar is, tenzij het intern beraad daardoor onevenredig wordt geschaad (art. 5.2 lid 3; ABRvS 8 oktober 2025, ECLI:NL:RVS:2025:4814).',
    en: 'Personal policy opinions (views of one or more persons on policy, outside advisers in the deliberation included) in documents for internal deliberation are in principle not disclosed, so that people can deliberate freely. Facts, forecasts, policy alternatives and their consequences, and other parts of a mainly objective nature are not covered. In documents drawn up for formal administrative decision-making such opinions are disclosed, in a form that cannot be traced to persons, unless that would disproportionately harm internal deliberation (art. 5.2(3); Council of State, 8 October 2025, ECLI:NL:RVS:2025:4814).',
  },
  '5.4': {
    nl: 'Informatie bij de formateur of informateur blijft geheim tot de kabinetsformatie is afgerond.',
    en: 'Information held by the formateur or informateur stays closed until the cabinet formation is complete.',
  },
  '5.4a': {
    nl: 'Informatie over de ondersteuning van individuele Kamerleden, Statenleden of raadsleden door de griffie of ambtenaren van de Kamer wordt niet openbaar gemaakt.',
    en: 'Information about the support that individual members of parliament, provincial councils or municipal councils get from the clerk’s office is not disclosed.',
  },
};
