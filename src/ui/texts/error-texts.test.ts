import { describeError, DESCRIBED_ERROR_CODES } from './error-texts';

describe('describeError', () => {
  it('has a Dutch and an English sentence for every MIME adapter error', () => {
    expect(DESCRIBED_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'empty-input',
        'binary-content',
        'not-a-mime-message',
        'unreadable-mime',
      ]),
    );
    for (const code of DESCRIBED_ERROR_CODES) {
      const nl = describeError(code, 'nl');
      const en = describeError(code, 'en');
      expect([nl, en]).not.toContain(code);
      expect(nl).not.toBe(en);
      expect(nl).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('explains a missing header block in the words of the mail client', () => {
    expect(describeError('not-a-mime-message', 'nl')).toBe(
      'Dit is geen e-mailbericht: de kopregels (Van, Aan, Onderwerp, Datum) ontbreken.',
    );
  });

  it('shows an unknown code as the code itself', () => {
    expect(describeError('toString', 'nl')).toBe('toString');
    expect(describeError('graph-throttled', 'en')).toBe('graph-throttled');
  });
});
