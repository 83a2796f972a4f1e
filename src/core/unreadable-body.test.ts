import { assessMessage, prepareContext } from './assess';
import { aMessage } from './testing/message-builder';
import { BODY_UNREADABLE, withUnreadableBody } from './unreadable-body';

describe('withUnreadableBody', () => {
  const assessment = assessMessage(
    aMessage({ subject: 'Besluit over de subsidie', bodyText: '' }),
    prepareContext({ dossiers: [], history: [] }),
  );

  it('puts first, for relevance and disclosure, that the body could not be read and why', () => {
    const marked = withUnreadableBody(assessment, 'unreadable-mime');
    const expected = { code: BODY_UNREADABLE, params: { cause: 'unreadable-mime' } };
    expect(marked.relevance.reasons[0]).toMatchObject(expected);
    expect(marked.disclosure.reasons[0]).toMatchObject(expected);
    expect(marked.relevance.reasons.slice(1)).toEqual(assessment.relevance.reasons);
  });

  it('keeps the scores and suggestions the metadata gave', () => {
    const marked = withUnreadableBody(assessment, 'binary-content');
    expect(marked.relevance.score).toBe(assessment.relevance.score);
    expect(marked.dossiers).toEqual(assessment.dossiers);
    expect(marked.disclosure.level).toBe(assessment.disclosure.level);
  });
});
