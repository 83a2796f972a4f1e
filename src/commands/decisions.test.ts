import { asDossierId } from '../core/index';
import { anAssessment } from './assessment.fixture';
import { decideRibbonFiling } from './ribbon-decision';
import { decideSend } from './send-decision';
import { buildSmartAlert, dossierLabel, SMART_ALERT_MAX } from './smart-alert';
import { FAILURE_CODES } from '../texts/codes/filing-error-texts';
import { commandTexts, failureSentence } from '../texts/commands';

describe('the ribbon decision', () => {
  it('files in the top dossier when relevance and the dossier lead are clear', () => {
    const assessment = anAssessment({
      relevance: 0.9,
      dossiers: [
        ['BZK-1', 0.8],
        ['BZK-2', 0.3],
      ],
    });
    expect(decideRibbonFiling(assessment)).toEqual({ kind: 'file', dossier: 'BZK-1' });
  });

  it.each([
    ['not relevant', { relevance: 0.2, dossiers: [['BZK-1', 0.9]] }, 'not-relevant'],
    ['no dossier fits', { relevance: 0.9, dossiers: [] }, 'no-dossier'],
    [
      'a near tie',
      {
        relevance: 0.9,
        dossiers: [
          ['BZK-1', 0.8],
          ['BZK-2', 0.7],
        ],
      },
      'uncertain',
    ],
    ['a weak top dossier', { relevance: 0.9, dossiers: [['BZK-1', 0.45]] }, 'uncertain'],
    ['relevant but only just', { relevance: 0.6, dossiers: [['BZK-1', 0.9]] }, 'uncertain'],
  ] as const)('sends %s to the pane', (_label, shape, why) => {
    expect(decideRibbonFiling(anAssessment(shape))).toEqual({
      kind: 'review',
      why,
    });
  });
});

describe('the on-send decision', () => {
  it('lets a draft with a chosen dossier go, whatever the assessment', () => {
    expect(decideSend(anAssessment({ relevance: 0.99 }), asDossierId('X'))).toEqual({
      kind: 'allow',
      why: 'dossier-chosen',
    });
  });

  it('lets a draft that is not policy-relevant go', () => {
    expect(decideSend(anAssessment({ relevance: 0.1 }), null)).toEqual({
      kind: 'allow',
      why: 'not-relevant',
    });
  });

  it('prompts for a relevant draft without a dossier, offering the top suggestion', () => {
    const assessment = anAssessment({
      relevance: 0.8,
      dossiers: [
        ['GEM-7', 0.5],
        ['GEM-8', 0.4],
      ],
    });
    expect(decideSend(assessment, null)).toEqual({ kind: 'prompt', suggested: 'GEM-7' });
    expect(decideSend(anAssessment({ relevance: 0.8 }), null)).toEqual({
      kind: 'prompt',
      suggested: null,
    });
  });
});

describe('the Smart Alert', () => {
  const dossiers = [{ id: asDossierId('GEM-7'), title: 'Herinrichting Stationsplein' }];

  it('names the suggested dossier, offers "Dossier kiezen" and keeps prompt mode', () => {
    const alert = buildSmartAlert(asDossierId('GEM-7'), dossiers, commandTexts('nl'));
    expect(alert).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Dossier kiezen',
      commandId: 'msgComposeOpenPaneButton',
      contextData: { suggestedDossier: 'GEM-7' },
      sendModeOverride: 'promptUser',
    });
    expect(alert.errorMessage).toContain('Herinrichting Stationsplein (GEM-7)');
    expect(alert.errorMessage).toContain('zonder dossier verzenden');
  });

  it('stays within 500 characters, however long the title', () => {
    const long = [{ id: asDossierId('GEM-9'), title: 'Beleid '.repeat(200) }];
    for (const language of ['nl', 'en'] as const) {
      const alert = buildSmartAlert(asDossierId('GEM-9'), long, commandTexts(language));
      expect(alert.errorMessage.length).toBeLessThanOrEqual(SMART_ALERT_MAX);
      expect(alert.errorMessage).toContain('(GEM-9)');
    }
  });

  it('speaks English on request and works without a suggestion', () => {
    const alert = buildSmartAlert(null, dossiers, commandTexts('en'));
    expect(alert.errorMessage).not.toContain('Suggested dossier');
    expect(alert.cancelLabel).toBe('Choose dossier');
  });

  it('labels an unknown dossier by its id', () => {
    expect(dossierLabel(asDossierId('ONBEKEND-1'), dossiers)).toBe('ONBEKEND-1');
  });
});

describe('the ribbon notices of a failed filing', () => {
  // Outlook refuses a notification message longer than 150 characters: it would never show.
  it('fit an Outlook notification for every failure code, in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const texts = commandTexts(language);
      for (const code of FAILURE_CODES) {
        const notice = texts.filingFailed(failureSentence(code, language));
        expect(notice.length).toBeLessThanOrEqual(150);
        if (code.includes('-')) expect(notice).not.toContain(code);
      }
    }
  });
});
