/**
 * Places that Dutch government mail names and that a name list or a name pattern could take
 * for a person (Ede, Lisse, Assen, Den Haag, Bergen), and the endings of street, building and
 * organisation names (Johan de Wittlaan, Anne Frank Huis, Prins Bernhard Cultuurfonds).
 */
const PLACES: ReadonlySet<string> = new Set(
  `
  nederland holland friesland fryslân groningen drenthe overijssel flevoland gelderland
  utrecht noord-holland zuid-holland zeeland brabant noord-brabant limburg randstad
  amsterdam rotterdam haag den-haag 's-gravenhage gravenhage eindhoven tilburg almere
  breda nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad zaandam
  haarlemmermeer hoofddorp zwolle zoetermeer leiden maastricht dordrecht ede emmen
  westland delft venlo deventer leeuwarden alkmaar sittard helmond heerlen hilversum
  oss amstelveen súdwest-fryslân hengelo purmerend roosendaal schiedam lelystad
  alphen leidschendam voorburg gouda vlaardingen hoorn almelo spijkenisse assen
  capelle veenendaal katwijk zeist nieuwegein roermond den helder doetinchem hoogeveen
  terneuzen kampen woerden heerhugowaard houten barneveld weert lisse bergen epe ermelo
  harderwijk waalwijk meppel tiel wageningen middelburg vlissingen goes culemborg
  bussum naarden huizen soest baarn bunnik ijsselstein vianen gorinchem oosterhout
  nunspeet zutphen winterswijk oldenzaal tubantia twente achterhoek veluwe betuwe
  apel bilt texel vlieland terschelling ameland schiermonnikoog rijswijk wassenaar noordwijk
  europa brussel antwerpen gent vlaanderen belgië duitsland berlijn frankrijk parijs
  londen engeland luxemburg straatsburg genève washington oekraïne rusland china
  suriname curaçao aruba bonaire caribisch sint-maarten marokko turkije
  `
    .trim()
    .split(/\s+/),
);

/** Whether `word` (any case) names a place the recogniser should not take for a person. */
export function isPlaceName(word: string): boolean {
  return PLACES.has(word.toLowerCase());
}

// The last part of a street, building or organisation name; not endings that surnames share
// (-berg, -dijk, -huis, -veld: Van den Berg, Oosterhuis).
const PLACE_SUFFIX =
  /(?:straat|laan|weg|plein|plantsoen|park|buurt|plaats|boulevard|kade|gracht|singel|dreef|steeg|markt|fonds|school|lyceum|gymnasium|instituut|stichting|museum|groep|centrum|kliniek|ziekenhuis|zaal|gebouw|prijs|lezing|kazerne|arena|stadion|academie|universiteit|hogeschool)$/;

/** Whether `word` ends like a street, building or organisation (Wittlaan, Cultuurfonds). */
export function endsLikePlace(word: string): boolean {
  return word.length > 3 && PLACE_SUFFIX.test(word.toLowerCase());
}

const FOLLOWING_ORGANISATION: ReadonlySet<string> = new Set(
  `bv b.v n.v nv holding groep bank museum huis fonds stichting instituut ziekenhuis school
  college arena stadion academie kliniek centrum prijs lezing zaal gebouw kazerne brug
  tunnel park plein straat laan weg foundation group company advocaten notarissen accountants
  architecten adviseurs partners makelaars`
    .trim()
    .split(/\s+/),
);

/** Whether the word after a candidate makes it part of an organisation's or place's name. */
export function isOrganisationWord(word: string): boolean {
  return FOLLOWING_ORGANISATION.has(word.toLowerCase()) || endsLikePlace(word);
}

const STREET_SUFFIX =
  /(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|plantsoen|boulevard)$/;

/**
 * Whether `word` is a street's name: it ends as streets end and is longer than that ending, so
 * "Pruisenweg" and "Heutszlaan" are streets and the surnames "Laan" and "Weg" are not.
 */
export function isStreetName(word: string): boolean {
  const match = STREET_SUFFIX.exec(word.toLowerCase());
  return match !== null && word.length >= match[0].length + 3;
}
