import { findBsns, isValidBsn } from './bsn';

const texts = (text: string): string[] => findBsns(text).map((finding) => finding.text);

describe('isValidBsn', () => {
  it('accepts numbers that pass the elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('111.222.333')).toBe(true);
    expect(isValidBsn('111 222 333')).toBe(true);
    expect(isValidBsn('126018157')).toBe(true);
  });

  it('rejects numbers that fail the elfproef, have the wrong length or are all zeros', () => {
    expect(isValidBsn('111252333')).toBe(false);
    expect(isValidBsn('262050095')).toBe(false);
    expect(isValidBsn('11122233')).toBe(false);
    expect(isValidBsn('1112223330')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('11122233x')).toBe(false);
  });
});

describe('findBsns', () => {
  it('finds a BSN written plain, with dots or with spaces, with exact offsets', () => {
    const text = 'BSN 111222333, ook 111.222.333 en 126 018 157.';
    const findings = findBsns(text);
    expect(findings.map((finding) => finding.text)).toEqual([
      '111222333',
      '111.222.333',
      '126 018 157',
    ]);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.ground).toBe('5.1.1e');
    }
  });

  it('does not report nine digits that fail the elfproef', () => {
    expect(texts('Het nummer 111252333 klopt niet.')).toEqual([]);
  });

  it('does not report a valid nine-digit run inside a longer number or code', () => {
    expect(texts('Referentie 1111222333 en 1112223334')).toEqual([]);
    expect(texts('Zaak Z-2024-111222333 en IBAN NL91ABNA0111222333')).toEqual([]);
    expect(texts('Bedrag € 111.222.333,00 of 111.222.333,50')).toEqual([]);
    expect(texts('Bel +111222333')).toEqual([]);
  });

  it('does not report a number that a label calls an invoice, KvK or RSIN number', () => {
    expect(texts('Factuurnummer 202400153 is betaald.')).toEqual([]);
    expect(texts('RSIN: 111222333')).toEqual([]);
    expect(texts('BSN: 202400153')).toEqual(['202400153']);
  });
});
