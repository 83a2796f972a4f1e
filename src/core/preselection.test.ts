import { assessMessage, prepareContext } from './assess';
import type { Assessment } from './assessment';
import { asDossierId } from './ids';
import { preselect } from './preselection';
import { aDossier } from './testing/message-builder';
import { AUTO_REPLY, BESLISNOTA_MAIL, NEWSLETTER } from './relevance/test-message';

const kenmerk = 'BZK-2024-0113';

/** An assessment whose dossier suggestion is certain: the kenmerk is in the subject. */
function assessedWithKenmerk(message: typeof NEWSLETTER): Assessment {
  const context = prepareContext({
    dossiers: [aDossier(kenmerk, { title: 'Woningbouw Noordoever', defaultCategory: '3.3.2h' })],
    history: [],
  });
  return assessMessage({ ...message, subject: `${message.subject} (${kenmerk})` }, context);
}

describe('preselect', () => {
  it.each([
    ['a newsletter', NEWSLETTER],
    ['an auto-reply', AUTO_REPLY],
  ])('gives %s below the threshold no dossier, even with a kenmerk', (_what, message) => {
    const assessment = assessedWithKenmerk(message);
    expect(assessment.relevance.relevant).toBe(false);
    expect(assessment.dossiers.kind).toBe('suggested');
    expect(preselect(assessment).dossier).toBeNull();
  });

  it('gives a policy-relevant mail its strongest dossier', () => {
    const assessment = assessedWithKenmerk(BESLISNOTA_MAIL);
    expect(assessment.relevance.relevant).toBe(true);
    expect(preselect(assessment).dossier).toBe(asDossierId(kenmerk));
  });

  it('never takes the dossier’s default category when none was recognised', () => {
    const assessment = assessedWithKenmerk(NEWSLETTER);
    expect(assessment.wooCategory).toBeNull();
    expect(preselect(assessment).wooCategory).toBe('3.1');
  });

  it('takes the category the core recognised', () => {
    const assessment = assessedWithKenmerk(BESLISNOTA_MAIL);
    const recognised = assessment.wooCategory;
    expect(preselect(assessment).wooCategory).toBe(recognised?.code ?? '3.1');
  });
});
