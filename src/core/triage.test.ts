import { assessMessage, prepareContext } from './assess';
import { aDossier } from './testing/message-builder';
import { BESLISNOTA_MAIL, NEWSLETTER } from './relevance/test-message';
import { triageMessage } from './triage';

const context = prepareContext({
  dossiers: [aDossier('BZK-2024-0113', { title: 'Woningbouw Noordoever' })],
  history: [],
});

describe('triageMessage', () => {
  it('gives a relevant mail the same relevance and dossiers as the full assessment', () => {
    const message = { ...BESLISNOTA_MAIL, subject: `${BESLISNOTA_MAIL.subject} (BZK-2024-0113)` };
    const full = assessMessage(message, context);
    const triage = triageMessage(message, context);
    expect(full.relevance.relevant).toBe(true);
    expect(triage).toEqual({
      kind: 'relevant',
      relevance: full.relevance,
      dossiers: full.dossiers,
    });
    expect(triage.kind === 'relevant' && triage.dossiers.kind).toBe('suggested');
  });

  it('says no more than "not relevant" of a newsletter, with its score and reasons', () => {
    const full = assessMessage(NEWSLETTER, context);
    expect(triageMessage(NEWSLETTER, context)).toEqual({
      kind: 'not-relevant',
      relevance: full.relevance,
    });
  });
});
