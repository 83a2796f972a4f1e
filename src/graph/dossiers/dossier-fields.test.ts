import { dossierFromFields } from './dossier-fields';

describe('dossierFromFields', () => {
  const fields = { Kenmerk: 'BZK-2024-0113', Title: 'Woningbouw Noordoever' };

  it("types the dossier's default category as one of the core's codes", () => {
    expect(dossierFromFields({ ...fields, DefaultCategory: '3.3.2e' })?.defaultCategory).toBe(
      '3.3.2e',
    );
    expect(dossierFromFields({ ...fields, DefaultCategory: 'c_99a836c7' })).toHaveProperty(
      'defaultCategory',
    );
  });

  it('leaves out a default category the registry names wrongly', () => {
    const dossier = dossierFromFields({ ...fields, DefaultCategory: 'convenanten' });
    expect(dossier).not.toBeNull();
    expect(dossier).not.toHaveProperty('defaultCategory');
  });
});
