import { TRAIN_SHARE, splitByDossier, splitOf } from './split';

describe('splitOf', () => {
  it('is deterministic and puts about 70 % in train', () => {
    const ids = Array.from({ length: 2000 }, (_, index) => `message-${index}`);
    const splits = ids.map((id) => splitOf('enron', id));
    expect(ids.map((id) => splitOf('enron', id))).toEqual(splits);
    const share = splits.filter((split) => split === 'train').length / ids.length;
    expect(Math.abs(share - TRAIN_SHARE)).toBeLessThan(0.04);
  });

  it('depends on the source as well as the id', () => {
    const ids = Array.from({ length: 200 }, (_, index) => `m${index}`);
    const differ = ids.filter((id) => splitOf('a', id) !== splitOf('b', id));
    expect(differ.length).toBeGreaterThan(0);
  });
});

describe('splitByDossier', () => {
  it('puts every dossier of two or more messages on both sides', () => {
    const items = ['a', 'b', 'c', 'd'].flatMap((dossier, d) =>
      Array.from({ length: d + 2 }, (_, index) => ({ id: `${dossier}${index}`, dossier })),
    );
    const splits = splitByDossier('woo', items);
    for (const dossier of ['a', 'b', 'c', 'd']) {
      const sides = new Set(
        items.filter((i) => i.dossier === dossier).map((i) => splits.get(i.id)),
      );
      expect(sides).toEqual(new Set(['train', 'test']));
    }
  });

  it('falls back to the hash rule for a dossier of one message', () => {
    const splits = splitByDossier('woo', [{ id: 'only', dossier: 'x' }]);
    expect(splits.get('only')).toBe(splitOf('woo', 'only'));
  });
});
