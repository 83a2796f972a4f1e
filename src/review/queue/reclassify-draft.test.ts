import { reclassifyAction, type ReclassifyDraft } from './reclassify-draft';

const draft = (overrides: Partial<ReclassifyDraft>): ReclassifyDraft => ({
  category: 'c_c76862ab',
  level: 'deels-openbaar',
  grounds: ['5.1.2e'],
  typed: '',
  ...overrides,
});

describe('a reclassification as the form holds it', () => {
  it('becomes the action with the category by TOOI id, the level and the grounds', () => {
    expect(reclassifyAction(draft({}))).toEqual({
      ok: true,
      action: {
        kind: 'reclassify',
        wooCategory: 'c_c76862ab',
        assessment: 'deels-openbaar',
        grounds: ['5.1.2e'],
      },
    });
    expect(reclassifyAction(draft({ category: '', level: 'openbaar', grounds: [] }))).toMatchObject(
      {
        ok: true,
        action: { wooCategory: null, grounds: [] },
      },
    );
  });

  it('names typed text that is no ground instead of dropping it', () => {
    expect(reclassifyAction(draft({ typed: ' 5.1.2x ' }))).toEqual({
      ok: false,
      problem: { kind: 'ground-unknown', text: '5.1.2x' },
    });
  });

  it('refuses grounds beside a level that withholds nothing, and a withholding level without one', () => {
    expect(reclassifyAction(draft({ level: 'openbaar' }))).toMatchObject({
      problem: { kind: 'grounds-without-restriction' },
    });
    expect(reclassifyAction(draft({ level: 'niet-openbaar', grounds: [] }))).toMatchObject({
      problem: { kind: 'grounds-missing' },
    });
  });

  it('refuses 5.1.5 beside a ground of art. 5.1 lid 1 or 2', () => {
    expect(reclassifyAction(draft({ grounds: ['5.1.2e', '5.1.5'] }))).toEqual({
      ok: false,
      problem: { kind: 'residual-ground-combined', conflicting: ['5.1.2e'] },
    });
  });
});
