import { compile } from 'html-to-text';

// Compiled once: compiling the selectors costs more than converting a typical mail.
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
});

/**
 * Readable plain text from an HTML body, for mail that has no text/plain part (newsletters,
 * some Outlook mail): paragraphs and list items on their own lines, link texts kept without
 * their addresses, images and styles dropped, no hard wrapping.
 */
export function textFromHtml(html: string): string {
  return convert(html).trim();
}
