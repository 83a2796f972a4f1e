import { checkGroundCombination } from './ground-combination';

describe('checkGroundCombination', () => {
  it('accepts grounds without 5.1.5, and 5.1.5 with grounds outside lid 1 and 2', () => {
    expect(checkGroundCombination([])).toEqual({ kind: 'ok' });
    expect(checkGroundCombination(['5.1.2e', '5.2'])).toEqual({ kind: 'ok' });
    expect(checkGroundCombination(['5.1.5'])).toEqual({ kind: 'ok' });
    expect(checkGroundCombination(['5.1.5', '5.2', '5.1.4'])).toEqual({ kind: 'ok' });
  });

  it('rejects 5.1.5 next to a lid 1 or lid 2 ground and names the conflicting ones once', () => {
    expect(checkGroundCombination(['5.1.5', '5.1.2e', '5.1.1d', '5.1.2e', '5.2'])).toEqual({
      kind: 'residual-ground-combined',
      conflicting: ['5.1.2e', '5.1.1d'],
    });
  });
});
