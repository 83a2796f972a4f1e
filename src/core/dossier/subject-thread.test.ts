import { subjectThread } from './subject-thread';

describe('subjectThread', () => {
  it('drops reply and forward prefixes, case and diacritics', () => {
    expect(subjectThread('RE: FW: Geïnformeerd over  sloop Irenestraat')).toBe(
      'geinformeerd over sloop irenestraat',
    );
    expect(subjectThread('Antw: geinformeerd over sloop Irenestraat')).toBe(
      'geinformeerd over sloop irenestraat',
    );
  });

  it('gives no thread for subjects too generic to tie messages together', () => {
    expect(subjectThread('RE: Vraag')).toBeNull();
    expect(subjectThread('')).toBeNull();
  });
});
