import { NO_ADJUSTMENT } from '../relevance/adjustment';
import { MARLOES, SANNE } from '../testing/trust-builders';
import { adjustmentDiscrepancies } from './adjustment-checks';
import { managerSet } from './trust-facts';

const managers = managerSet([MARLOES]);
const learnt = { ...NO_ADJUSTMENT, bias: -0.4, weights: { '12': 0.8 } };

describe('adjustmentDiscrepancies', () => {
  it('finds nothing in an adjustment a records manager wrote within bounds, or in none at all', () => {
    expect(
      adjustmentDiscrepancies({ kind: 'found', adjustment: learnt, modifiedBy: MARLOES }, managers),
    ).toEqual([]);
    expect(adjustmentDiscrepancies({ kind: 'none' }, managers)).toEqual([]);
  });

  it("names an officer's file, weights learning never writes, and a file that is no adjustment", () => {
    const poisoned = { ...NO_ADJUSTMENT, bias: -1000 };
    expect(
      adjustmentDiscrepancies({ kind: 'found', adjustment: poisoned, modifiedBy: SANNE }, managers),
    ).toEqual([
      { code: 'adjustment-by-non-manager', by: SANNE.address },
      { code: 'adjustment-out-of-bounds' },
    ]);
    expect(adjustmentDiscrepancies({ kind: 'found', adjustment: learnt }, managers)).toEqual([
      { code: 'adjustment-by-non-manager' },
    ]);
    expect(adjustmentDiscrepancies({ kind: 'unreadable' }, managers)).toEqual([
      { code: 'adjustment-unreadable' },
    ]);
  });
});
