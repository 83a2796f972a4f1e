/**
 * The words around a name in prose that say "a person": verbs of speaking and acting that
 * news, minutes and letters put right before or after a name ("Kok zei", "aldus Omtzigt",
 * "verklaarde Stanley H.", "Bouma concludeert"), and the words after which a capitalised word
 * is a place or a thing instead ("in Assen", "de Linde").
 */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `zei zegt zeggen stelt stelde vindt vond meldt meldde merkt merkte vraagt vroeg verklaarde
  verklaart reageerde reageert benadrukt benadrukte concludeert concludeerde antwoordt
  antwoordde licht lichtte stuurt stuurde neemt nam sprak spreekt opent opende sluit sloot
  schorst schorste schreef schrijft kondigde kondigt waarschuwt waarschuwde noemt noemde
  pleit pleitte erkent erkende ontkent ontkende denkt dacht hoopt hoopte vertelt vertelde
  legt legde geeft gaf wil wilde liet laat roemde roemt onderstreept onderstreepte betoogt
  betoogde beaamt beaamde vult vulde zegde zegt deelt deelde presenteert presenteerde
  overleed aldus volgens`
    .trim()
    .split(/\s+/),
);

/** Words before a name that name the speaker: "volgens Van der Laan", "aldus Omtzigt". */
const BEFORE_SPEAKER: ReadonlySet<string> = new Set(
  'volgens aldus dank bedankt thanks collega collega’s door'.split(' '),
);

/** Words after which a capitalised word is a place or a thing, not a person. */
const BEFORE_THING: ReadonlySet<string> = new Set(
  `de het een deze die dit dat in uit naar te nabij richting bij op via the in of at from to on`
    .trim()
    .split(/\s+/),
);

/** Whether `word` (any case) is a verb of speaking or acting that stands next to a name. */
export function isSpeechVerb(word: string | undefined): boolean {
  return word !== undefined && SPEECH_VERBS.has(word.toLowerCase());
}

/** Whether `word` (lower case) names the speaker that follows it. */
export function isBeforeSpeaker(word: string | undefined): boolean {
  return word !== undefined && BEFORE_SPEAKER.has(word);
}

/** Whether a capitalised word right after `word` (lower case) is a place or a thing. */
export function isBeforeThing(word: string | undefined): boolean {
  return word !== undefined && BEFORE_THING.has(word);
}
