import { applyAdjustment, parseAdjustment, shippedModel } from '../core';
import { asDossierId, asSourceId } from '../core/ids';
import { NO_ADJUSTMENT } from '../core/relevance';
import type { OrganisationLearning } from '../filing';
import { reviveLearning, snapshotOf } from './learning-snapshot';

const adjustment = { ...NO_ADJUSTMENT, bias: -0.75, weights: { '12': 0.5 } };
const learning: OrganisationLearning = {
  relevanceModel: applyAdjustment(shippedModel(), adjustment),
  adjustment,
  history: [
    {
      dossier: asDossierId('BZK-2025-0113'),
      filedBy: 'beleid@bronvast.example',
      message: {
        kind: 'mail',
        id: asSourceId('a@x.nl'),
        subject: 'Besluit fasering',
        to: [{ address: 'sanne@bronvast.example' }],
        cc: [],
        bodyText: 'toelichting',
        headers: {},
        attachments: [],
      },
    },
  ],
  warnings: ['history-unavailable'],
};

describe('the learning the pane keeps between openings', () => {
  it('comes back from storage as it was kept, and gives the same model once applied', () => {
    const revived = reviveLearning(JSON.parse(JSON.stringify(snapshotOf(learning))));

    expect(revived?.history).toEqual(learning.history);
    expect(revived?.warnings).toEqual(['history-unavailable']);
    const model = applyAdjustment(shippedModel(), parseAdjustment(revived?.adjustment));
    expect(model.bias).toBe(shippedModel().bias - 0.75);
    expect(model.weights[12]).toBe(learning.relevanceModel.weights[12]);
    expect(model.weights[12]).not.toBe(shippedModel().weights[12]);
  });

  it('keeps no adjustment as none', () => {
    const revived = reviveLearning(JSON.parse(JSON.stringify({ ...learning, adjustment: null })));
    expect(revived?.adjustment).toBeNull();
  });

  it('is thrown away when it does not have the shape the pane writes', () => {
    const kept = snapshotOf(learning);
    expect(reviveLearning(null)).toBeNull();
    expect(reviveLearning({ ...kept, history: [{ dossier: 'A' }] })).toBeNull();
    expect(reviveLearning({ ...kept, warnings: ['iets anders'] })).toBeNull();
    expect(reviveLearning({ ...kept, adjustment: 'kapot' })).toBeNull();
  });
});
