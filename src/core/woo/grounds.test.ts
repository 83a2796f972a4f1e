import { WOO_GROUNDS, isGroundCode, wooGround } from './grounds';

describe('Woo exception grounds', () => {
  it('has every ground code once, each with labels and a plain explanation in nl and en', () => {
    expect(WOO_GROUNDS).toHaveLength(19);
    expect(new Set(WOO_GROUNDS.map((ground) => ground.code)).size).toBe(19);
    for (const ground of WOO_GROUNDS) {
      expect(ground.label.nl).not.toBe('');
      expect(ground.label.en).not.toBe('');
      expect(ground.explanation.nl.length).toBeGreaterThan(40);
      expect(ground.explanation.en.length).toBeGreaterThan(40);
    }
  });

  it('names 5.1.2e privacy and 5.1.2i the proper functioning of the State', () => {
    expect(wooGround('5.1.2e').label.nl).toBe('Eerbiediging van de persoonlijke levenssfeer');
    expect(wooGround('5.1.2e').explanation.en).toContain('privacy');
    expect(wooGround('5.1.2i').label.nl).toMatch(/^Het goed functioneren van de Staat/);
  });

  it('tells absolute, relative, temporary and own grounds apart', () => {
    expect(wooGround('5.1.1e').kind).toBe('absolute');
    expect(wooGround('5.1.2e').kind).toBe('relative');
    expect(wooGround('5.1.5').kind).toBe('relative');
    expect(wooGround('5.1.4').kind).toBe('temporary');
    expect(wooGround('5.4').kind).toBe('temporary');
    expect(wooGround('5.2').kind).toBe('own-ground');
  });

  it('cites each ground by its article', () => {
    expect(wooGround('5.1.1d').citation).toBe('art. 5.1 lid 1 onderdeel d Woo');
    expect(wooGround('5.1.5').citation).toBe('art. 5.1 lid 5 Woo');
    expect(wooGround('5.2').citation).toBe('art. 5.2 Woo');
  });

  it('recognises ground codes from storage', () => {
    expect(isGroundCode('5.1.2e')).toBe(true);
    expect(isGroundCode('5.1.6')).toBe(false);
    expect(isGroundCode('dubbel')).toBe(false);
  });

  it('explains 5.2 as the law and the courts read it: lid 3, any person, what is outside', () => {
    const { nl } = wooGround('5.2').explanation;
    expect(nl).toContain('een of meer personen');
    expect(nl).not.toContain('van ambtenaren');
    expect(nl).toMatch(/feiten, prognoses, beleidsalternatieven en de gevolgen daarvan/i);
    expect(nl).toContain('formele bestuurlijke besluitvorming');
    expect(nl).toContain('niet tot personen herleidbaar');
    expect(nl).toContain('ECLI:NL:RVS:2025:4814');
  });

  it('explains 5.1.2i with the law’s words and no example that belongs to 5.2', () => {
    const { nl } = wooGround('5.1.2i').explanation;
    expect(nl).toContain('de Staat, andere publiekrechtelijke lichamen of bestuursorganen');
    expect(nl).not.toContain('ambtenaren');
    expect(nl).toContain('op zichzelf geen grond');
  });

  it('explains 5.1.5 by the interest it protects, not by what else a document holds', () => {
    const { nl } = wooGround('5.1.5').explanation;
    expect(nl).toContain('een ander belang dan die van het eerste of tweede lid');
    expect(nl).toContain('andere informatie dan milieu-informatie');
    expect(nl).not.toContain('niet naast een grond');
  });

  it('labels 5.1.2f and 5.1.2h as the law has them', () => {
    expect(wooGround('5.1.2f').label.nl).toContain('andere dan vertrouwelijk verstrekte');
    expect(wooGround('5.1.2h').label.nl).toContain('personen en bedrijven');
  });
});
