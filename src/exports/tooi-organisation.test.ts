import { DIWOO_LISTS_XSD } from './schemas/diwoo-lists-xsd';
import { findTooiOrganisation, supportsElectedMembers } from './tooi-organisation';
import { TOOI_ORGANISATION_LISTS } from './tooi-organisations-data';

describe('findTooiOrganisation', () => {
  it('finds an organisation on its TOOI list, with the list’s name', async () => {
    expect(
      await findTooiOrganisation('https://identifier.overheid.nl/tooi/id/ministerie/mnre1034'),
    ).toEqual({
      kind: 'ministerie',
      tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
      listedName: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    });
    expect(
      await findTooiOrganisation('https://identifier.overheid.nl/tooi/id/gemeente/gm0363'),
    ).toMatchObject({
      listedName: 'gemeente Amsterdam',
    });
  });

  it('refuses an id of TOOI’s form that is on no list, and what is no TOOI id', async () => {
    expect(
      await findTooiOrganisation('https://identifier.overheid.nl/tooi/id/ministerie/mnre9999'),
    ).toBe('unlisted-organisation');
    expect(await findTooiOrganisation('BZK')).toBe('invalid-organisation');
    expect(await findTooiOrganisation('https://identifier.overheid.nl/tooi/id/bedrijf/x1')).toBe(
      'invalid-organisation',
    );
  });

  it('holds exactly the organisations DiWoo 0.9.8 accepts as publisher', () => {
    for (const [kind, text] of Object.entries(TOOI_ORGANISATION_LISTS))
      for (const line of text.split('\n')) {
        const id = line.split('\t')[0] ?? '';
        expect(DIWOO_LISTS_XSD).toContain(
          `value="https://identifier.overheid.nl/tooi/id/${kind}/${id}"`,
        );
      }
  });
});

describe('supportsElectedMembers', () => {
  it('holds for the Kamers, provinces and municipalities (art. 5.4a), not for a ministry', () => {
    const org = (tooiUri: string) => ({ tooiUri, name: '' });
    expect(
      supportsElectedMembers(org('https://identifier.overheid.nl/tooi/id/oorg/oorg10002')),
    ).toBe(true);
    expect(
      supportsElectedMembers(org('https://identifier.overheid.nl/tooi/id/provincie/pv27')),
    ).toBe(true);
    expect(
      supportsElectedMembers(org('https://identifier.overheid.nl/tooi/id/gemeente/gm0363')),
    ).toBe(true);
    expect(
      supportsElectedMembers(org('https://identifier.overheid.nl/tooi/id/ministerie/mnre1034')),
    ).toBe(false);
    expect(
      supportsElectedMembers(org('https://identifier.overheid.nl/tooi/id/oorg/oorg10229')),
    ).toBe(false);
  });
});
