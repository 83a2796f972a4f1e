/**
 * Regular-expression sources for a person's name as Dutch mail writes it: given names or
 * initials, tussenvoegsels (van, van der, de, ter, van 't, in 't, ...) and double surnames
 * (Van der Berg-Jansen, Jansen-de Vries). Spaces are literal spaces or tabs, never newlines,
 * so a name cannot run into the next line.
 */

const SPACE = '[ \\t]';

/** One capitalised name word: Jan, Özdemir, McDonald, O'Brien, D'Souza. */
const NAME_WORD =
  "(?:\\p{Lu}['’]\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’]\\p{Ll}+)?)";

/** A given name, hyphenated ones too: Anne-Marie, Jan-Willem. */
const GIVEN = `${NAME_WORD}(?:-${NAME_WORD})?`;

/** Initials: J. or J.P. or J. P. */
const INITIALS = `(?:\\p{Lu}\\.${SPACE}?){1,4}`;

/** Tussenvoegsels, longest first so "van der" is not read as "van". */
export const TUSSENVOEGSEL =
  "(?:[vV]an (?:der|den|de|het|'t|’t)|[iI]n (?:'t|’t|de|het)|[oO]p (?:de|den|ten|'t)|[uU]it (?:de|den|het)|[vV]an|[vV]on|[dD]e|[dD]en|[dD]er|[tT]er|[tT]en|[tT]e|'t|’t|[dD]es|[dD]u|[dD]os|[dD]a|[dD]i|[lL]a|[lL]e|[eE]l|[aA]l|[bB]in)";

/** A surname with an optional tussenvoegsel, and an optional second part after a hyphen. */
const SURNAME_PART = `(?:${TUSSENVOEGSEL}${SPACE})?${NAME_WORD}`;
const SURNAME = `${SURNAME_PART}(?:-${SURNAME_PART})?`;

/**
 * A name: initials or up to three given names, then a surname; or a single name on its own
 * (a given name in "Beste Jan", a surname in "Geachte heer De Vries").
 */
export const PERSON_NAME = `(?:${INITIALS}|(?:${GIVEN}${SPACE}){1,3})?${SURNAME}`;

/** A name in the "Surname, Given tussenvoegsel" order of address books: Vries, Jan de. */
export const REVERSED_NAME = `${SURNAME},${SPACE}(?:${INITIALS}|${GIVEN})(?:${SPACE}${TUSSENVOEGSEL})?`;

/** Titles and forms of address before a name; they are not part of the finding. */
export const TITLE =
  '(?:de heer|heer|mevrouw|meneer|mevr\\.|mevr|mw\\.|mw|dhr\\.|dhr|Mr\\.|Mrs\\.|Ms\\.|Miss|Mr|Mrs|Ms|[dD]r\\.|[pP]rof\\.|mr\\.|ir\\.|ing\\.|drs\\.|dr|prof|mr|ir|ing|drs)';
