/**
 * Base64 to bytes and back, for the compact lexicons shipped as text. The core sees neither
 * `atob` nor `Buffer`, so it carries its own few lines.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Decodes base64 text (padding optional) to bytes. */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i += 1) {
    const value = VALUE[clean.charCodeAt(i)] ?? -1;
    if (value < 0) throw new Error('lexicon-base64-invalid');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at] = (buffer >>> bits) & 0xff;
      at += 1;
    }
  }
  return bytes;
}

/** Encodes bytes as base64 text with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    text += ALPHABET.charAt((triple >>> 18) & 63) + ALPHABET.charAt((triple >>> 12) & 63);
    text += i + 1 < bytes.length ? ALPHABET.charAt((triple >>> 6) & 63) : '=';
    text += i + 2 < bytes.length ? ALPHABET.charAt(triple & 63) : '=';
  }
  return text;
}
