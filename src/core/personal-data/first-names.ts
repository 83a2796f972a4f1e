import { DUTCH_FIRST_NAMES, OTHER_FIRST_NAMES } from './first-names-data';

// Dutch short and older forms that the packaged list lacks, as Dutch mail writes them.
const DUTCH_SHORT_FORMS = `
  Aad Aart Ad Adri Agnes Albert Alie Anke Anja Anneke Annelies Annemarie Annemieke Annet
  Annette Anton Arie Arend Arjan Arjen Arno Ans Astrid Bart Bep Bert Betty Bianca Bram
  Carla Carolien Chantal Cees Cor Corine Corrie Cornelis Dick Diederik Dirk Ed Eelco
  Eline Elles Ellen Els Elske Erik Erwin Esmee Ernst Evert Ewout Femke Freek Frits Frans
  Gea Geert Gerard Gerben Gerda Gerdien Gert Gerrit Gijs Greetje Grietje Hanneke Hans
  Harm Harrie Hein Hendrika Henk Hennie Herman Hester Hetty Hilde Huib Ineke Inge Ingrid
  Irma Jaap Jacqueline Jan-Willem Janneke Jannie Jeroen Jelle Jessica Joke Jolanda Jolien
  Joop Joris Jorien Jos Joost Judith Karin Karel Kees Klaas Koen Koos Lia Liesbeth Lieke
  Linda Loes Maaike Manon Marco Margreet Marian Marianne Marieke Marijke Marjan Marjolein
  Marloes Martijn Mathieu Menno Mieke Miriam Monique Nelleke Niels Nienke Paul Petra
  Peter Piet Quirine Reinier Remco Rianne Rein Ria Rik Rob Roel Ronald Ruud Sandra Saskia
  Sjaak Sjoerd Sietske Sytske Stefan Theo Thea Tineke Ton Truus Wendy Willemijn Wim
  Wilma Wouter Yvonne Ymke Natasja Mohamed Mohammed Ahmed Fatima Khadija Youssef Samira
  Yasmina Hatice Mehmet Ayse Emine Mustafa Rachid Said Karim Nadia Naima Soufiane Bilal
  Frank Paul Mark Michel Martin Patrick Richard Robert Thomas Kevin Dennis Suzanne Nathalie
  Nicole Patricia Caroline Claudia Daniëlle Ferdinand Hugo Victor Marcel Edwin Raymond
  René Rene Ronald Eric Erik Jeffrey Melanie Angela Ilona Simone Miranda Mirjam Natalie
`;

/** How sure a name list makes us: Dutch names may stand alone, others need a surname. */
export type FirstNameKind = 'dutch' | 'other' | 'none';

let names: ReadonlyMap<string, FirstNameKind> | undefined;

function nameMap(): ReadonlyMap<string, FirstNameKind> {
  if (names !== undefined) return names;
  const map = new Map<string, FirstNameKind>();
  for (const name of OTHER_FIRST_NAMES.split(' ')) map.set(name.toLowerCase(), 'other');
  for (const name of `${DUTCH_FIRST_NAMES} ${DUTCH_SHORT_FORMS}`.trim().split(/\s+/)) {
    map.set(name.toLowerCase(), 'dutch');
  }
  names = map;
  return map;
}

/** A word in lower case with the accents Dutch given names carry (é, è, ë, ï, ö, ü), and no other. */
const NAME_ACCENTS = /^[a-z]*[éèëïöü][a-zéèëïöü]*$/;
/** A quick test that a word holds one of those accents at all: most words do not. */
const HAS_ACCENT = /[éèëïöü]/;

/**
 * The word as listed: itself, or, when it is not listed, written as a name (Chloé, not EVï)
 * and carries the accents of Dutch given names, its letters without them (Chloé, Zoë, Noël are
 * often listed as Chloe, Zoe, Noel).
 */
function asListed(map: ReadonlyMap<string, FirstNameKind>, word: string): string {
  const lower = word.toLowerCase();
  if (!HAS_ACCENT.test(lower) || map.has(lower) || !NAME_ACCENTS.test(lower)) return lower;
  if (word.slice(1) !== lower.slice(1)) return lower;
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// The answers for words as written, kept for the words a text repeats; emptied when it grows
// large, so a long-running surface never holds more than a few thousand.
const answers = new Map<string, FirstNameKind>();
const MAX_ANSWERS = 20_000;

/**
 * Which list holds `word` as a given name, in any case (Pieter, PIETER); a hyphenated given
 * name (Anne-Marie, Jan-Willem) counts when every part is one; an accented name counts when it
 * is listed without its accents (Chloé). The lists load on first use.
 */
export function firstNameKind(word: string): FirstNameKind {
  let kind = answers.get(word);
  if (kind === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    kind = listedKind(word);
    answers.set(word, kind);
  }
  return kind;
}

function listedKind(word: string): FirstNameKind {
  const map = nameMap();
  const lower = asListed(map, word);
  const whole = map.get(lower);
  if (whole !== undefined) return whole;
  if (!lower.includes('-')) return 'none';
  const parts = lower.split('-').map((part) => map.get(part) ?? 'none');
  if (parts.length < 2 || parts.includes('none')) return 'none';
  return parts.includes('other') ? 'other' : 'dutch';
}

/** Whether `word` is a known given name of any list. */
export function isFirstName(word: string): boolean {
  return firstNameKind(word) !== 'none';
}
