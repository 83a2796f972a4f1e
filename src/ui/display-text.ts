/**
 * Characters that must not act when text from outside is shown: the bidi embeddings, overrides
 * and isolates (U+202A-202E, U+2066-2069), the directional marks (U+200E, U+200F, U+061C), the
 * control characters other than tab and line breaks, lone surrogates, and code points Unicode
 * leaves unassigned, noncharacters (U+FFFE, U+FDD0, ...) among them. A right-to-left override
 * turns "factuur\u202Efdp.exe" into what reads as "factuurexe.pdf"; a noncharacter shows as a box.
 */
const ACTING = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]|[^\P{Cc}\t\n\r]|\p{Cs}|\p{Cn}/gu;

/** The marker that stands in for one such character: `⟨U+202E⟩`. */
export function codePointMarker(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/**
 * Text from outside (a subject, a sender, a file name, a chat text, a dossier name, a record
 * field) as a Bronvast page shows it: every bidi control, stray control character, noncharacter
 * and unassigned code point becomes a readable marker such as `⟨U+202E⟩` instead of acting.
 * Display only: records keep the text as it is. Render it inside {@link UntrustedText} (or an
 * element with `dir="auto"`) so its own direction cannot spill into the sentence around it.
 */
export function displayText(text: string): string {
  return text.replace(ACTING, codePointMarker);
}
