import type { DossierResult } from '../dossier';
import { aDossier, aFiledMessage, aMessage } from '../testing/message-builder';
import { prepareDossierIndex, suggestDossiers } from './index';

// Dossiers named as municipalities name their Woo decisions: a shared opening, then the matter.
const registry = [
  aDossier('rozengracht', { title: 'Woo-besluit inzake verkeersbord Rozengracht (07-02-2023)' }),
  aDossier('supporters', { title: 'Wob-besluit: uitsupportersverbod ADO Den Haag - Ajax' }),
  aDossier('bestemmingsplan', { title: 'Woo-besluit inzake bestemmingsplan Molenstraat' }),
  aDossier('zuidasdok', { title: 'Woo-besluit inzake een locatie van project Zuidasdok' }),
];
const index = prepareDossierIndex(registry, []);

function first(result: DossierResult): { dossier: string; codes: string[]; words: unknown } {
  if (result.kind !== 'suggested') throw new Error(`expected suggestions, got ${result.kind}`);
  const [top] = result.suggestions;
  const named = top?.reasons.find((reason) => reason.code === 'dossier-named');
  return {
    dossier: top?.dossier ?? '',
    codes: top?.reasons.map((reason) => reason.code) ?? [],
    words: named?.params?.['words'],
  };
}

describe('a dossier named in the message', () => {
  it('is found by the words of its name in the subject, not by the opening every name shares', () => {
    const message = aMessage({
      subject: 'Ado - Ajax',
      bodyText: 'Komt het al tot besluitvorming?',
    });
    const top = first(suggestDossiers(message, index));
    expect(top.dossier).toBe('supporters');
    expect(top.codes).toContain('dossier-named');
    expect(top.words).toBe('ado, ajax');
  });

  it('is found where OCR misread a letter of the name', () => {
    const message = aMessage({
      subject: 'Verkeersb0rd op de Rozengraeht',
      bodyText: 'Graag een reactie over het bord.',
    });
    expect(first(suggestDossiers(message, index)).dossier).toBe('rozengracht');
  });

  it('is found where a word of the name is split over two lines', () => {
    const message = aMessage({
      subject: 'Vraag over de Molenstraat',
      bodyText: 'Wanneer ligt het bestemmings-\nplan ter inzage?',
    });
    const top = first(suggestDossiers(message, index));
    expect(top.dossier).toBe('bestemmingsplan');
    expect(top.words).toEqual(expect.stringContaining('bestemmingsplan'));
  });

  it('counts one ordinary word of a longer name for less than the name itself', () => {
    const namedWeight = (subject: string): number => {
      const result = suggestDossiers(aMessage({ subject, bodyText: 'Zie de bijlage.' }), index);
      const reasons =
        result.kind === 'suggested' ? result.suggestions.flatMap((s) => s.reasons) : [];
      return reasons.find((reason) => reason.code === 'dossier-named')?.weight ?? 0;
    };
    const ordinary = namedWeight('Projects with OPIC financing');
    expect(ordinary).toBeLessThan(0.3);
    expect(namedWeight('Planning project Zuidasdok')).toBeGreaterThan(2 * ordinary);
  });

  it('weighs a name with the mail filed so far: a name word all dossiers write about says little', () => {
    const filed = registry.map((dossier) =>
      aFiledMessage(
        dossier.id,
        aMessage({ subject: 'Overleg', bodyText: `Verslag over het project ${dossier.id}.` }),
      ),
    );
    const withMail = prepareDossierIndex(registry, filed);
    const message = aMessage({ subject: 'Planning project', bodyText: 'Zie de bijlage.' });
    const result = suggestDossiers(message, withMail);
    const named =
      result.kind === 'suggested'
        ? result.suggestions.flatMap((s) => s.reasons).filter((r) => r.code === 'dossier-named')
        : [];
    expect(named.every((reason) => reason.weight < 0.05)).toBe(true);
  });
});
