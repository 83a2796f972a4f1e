import { FILING_ERROR_CODES } from '../../filing';
import { SIGN_IN_CODES } from '../../host/SignInError';
import { describeFilingError, FAILURE_CODES } from './filing-error-texts';
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
});

describe('the filing failure sentences', () => {
  const everyCode = [...FILING_ERROR_CODES, ...SIGN_IN_CODES];

  it('have a Dutch and an English sentence for every code a filing can fail with', () => {
    expect([...FAILURE_CODES].sort()).toEqual([...everyCode].sort());
    for (const code of FAILURE_CODES) {
      const nl = describeFilingError(code, 'nl');
      const en = describeFilingError(code, 'en');
      expect([nl, en]).not.toContain(code);
      expect(nl).not.toBe(en);
    }
  });

  it('tell the officer what the administrator must do when the site is not set up', () => {
    expect(describeFilingError('site-not-provisioned', 'nl')).toMatch(/beheerder.*inrichting/);
    expect(describeFilingError('site-not-provisioned', 'nl')).not.toMatch(/opnieuw geprobeerd/);
  });
});
