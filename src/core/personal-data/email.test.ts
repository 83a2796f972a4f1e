import { findEmailAddresses } from './email';

const texts = (text: string): string[] => findEmailAddresses(text).map((finding) => finding.text);

describe('findEmailAddresses', () => {
  it('finds personal addresses with exact offsets and the 5.1.2e ground', () => {
    const text = 'Mail j.devries@minbzk.nl of (pietvandam1978@gmail.com).';
    const findings = findEmailAddresses(text);
    expect(findings.map((finding) => finding.text)).toEqual([
      'j.devries@minbzk.nl',
      'pietvandam1978@gmail.com',
    ]);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.ground).toBe('5.1.2e');
    }
  });

  it('handles accented letters, underscores and sub-domains', () => {
    expect(texts('Aan: s.özdemir@ministerie.minjenv.nl, sanne_de_wit@outlook.com')).toEqual([
      's.özdemir@ministerie.minjenv.nl',
      'sanne_de_wit@outlook.com',
    ]);
  });

  it('leaves out functional mailboxes of organisations', () => {
    const text = 'info@gemeente.nl, woo@minbzk.nl, helpdesk-woo@overheid.nl, noreply@x.nl';
    expect(texts(text)).toEqual([]);
  });

  it('ignores an @ without a local part or a domain', () => {
    expect(texts('Vergadering @ 10 uur, @collega en mail@')).toEqual([]);
  });
});
