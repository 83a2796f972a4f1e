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
    'Informatie kan worden geweigerd als openbaarmaking het goed functioneren van de overheid zou schaden, bijvoorbeeld omdat ambtenaren dan niet meer vrij met elkaar kunnen overleggen.',
    'Information may be withheld if disclosure would harm the proper functioning of the government, for example because officials could no longer consult each other freely.',
  ),
  '5.1.4': {
    nl: 'Openbaarmaking kan even worden uitgesteld, zodat degene voor wie de informatie bedoeld is die als eerste kan lezen.',
    en: 'Disclosure may be postponed for a short time so that the person the information is meant for can read it first.',
  },
  '5.1.5': {
    nl: 'In uitzonderlijke gevallen kan informatie worden geweigerd als openbaarmaking iemand onevenredig zou benadelen op een manier die geen andere grond dekt. Deze grond wordt niet naast een grond uit het eerste of tweede lid gebruikt.',
    en: 'In exceptional cases information may be withheld if disclosure would cause disproportionate harm that no other ground covers. This ground is not used next to a ground from the first or second paragraph.',
  },
  '5.2': {
    nl: 'Persoonlijke meningen van ambtenaren over beleid, in stukken voor intern overleg, worden in principe niet openbaar gemaakt, zodat zij vrij kunnen adviseren. Feiten en cijfers in die stukken wel.',
    en: 'Personal opinions of officials on policy, in documents for internal consultation, are in principle not disclosed so that they can advise freely. Facts and figures in those documents are.',
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
