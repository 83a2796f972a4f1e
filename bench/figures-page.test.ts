import { figuresPage, isSectionFigures } from './figures-page';

const speed = {
  date: '2026-12-07T10:00:00.000Z',
  load: 1.234,
  cores: 2,
  node: 'v20.20.2',
  figures: { assess: { medianMs: 3.14159, p95Ms: 7 }, corpora: ['enron', 'woo'] },
};

describe('the figures page', () => {
  it("shows each section's current figures with its date, Node, cores and load", () => {
    const page = figuresPage(['speed'], { speed });
    expect(page).toContain('## speed');
    expect(page).toContain('2026-12-07, Node v20.20.2, 2 cores, load 1.23.');
    expect(page).toContain('| assess.medianMs | 3.142 |');
    expect(page).toContain('| assess.p95Ms | 7 |');
    expect(page).toContain('| corpora | enron, woo |');
  });

  it('says which sections were not measured, with the command that measures them', () => {
    const page = figuresPage(['speed', 'teams'], { speed });
    expect(page).toContain('## teams\n\nNot measured yet: run `npm run bench -- --only teams`.');
  });

  it('keeps only results in the shape it writes', () => {
    expect(isSectionFigures(speed)).toBe(true);
    expect(isSectionFigures({ speed: { medianMs: 3 } })).toBe(false);
  });
});
