import { repairWindows1252 } from './windows-1252';

describe('repairWindows1252', () => {
  it('maps C1 controls to the windows-1252 characters at those bytes', () => {
    expect(repairWindows1252('\u0080 12,50 \u0093a\u0094 \u0096 \u0085')).toBe('€ 12,50 “a” – …');
  });

  it('leaves correctly decoded text and undefined bytes alone', () => {
    expect(repairWindows1252('€ café “x” \u0081')).toBe('€ café “x” \u0081');
  });
});
