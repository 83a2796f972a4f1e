import { DISCLOSURE_LEVELS, disclosureLevel, levelFromInventory } from './levels';

describe('disclosure levels', () => {
  it('has the four levels with the inventory spelling', () => {
    expect(DISCLOSURE_LEVELS.map((info) => info.inventory)).toEqual([
      'Openbaar',
      'Deels openbaar',
      'Niet openbaar',
      'Reeds openbaar',
    ]);
    expect(disclosureLevel('deels-openbaar').label).toEqual({
      nl: 'Deels openbaar',
      en: 'Partly public',
    });
  });

  it('reads a level back from an inventory cell', () => {
    expect(levelFromInventory(' deels  Openbaar ')).toBe('deels-openbaar');
    expect(levelFromInventory('Reeds openbaar')).toBe('reeds-openbaar');
    expect(levelFromInventory('Gedeeltelijk')).toBeNull();
  });
});
