import type { Finding } from '../assessment';
import { findPersonalData } from '../personal-data';
import { aMessage } from '../testing/message-builder';
import { documentText, partyPassages } from './document-text';
import { redactionProposals, redactText } from './redaction';
import { removedPassages } from './removed-passages';
import { summariseGrounds } from './ground-summary';

const kept = (segments: ReturnType<typeof redactText>) =>
  segments
    .map((segment) => (segment.kind === 'text' ? segment.text : `[${segment.grounds.join(', ')}]`))
    .join('');

describe('redaction proposals', () => {
  it('proposes the personal data the core finds, in the headers too, each with its ground', () => {
    const message = aMessage({
      subject: 'Vraag over uw aanvraag',
      from: { name: 'Pieter Jansen', address: 'pieter.jansen@example.nl' },
      bodyText: 'Mijn BSN is 111222333 en mijn telefoon 06-12345678.',
    });
    const text = documentText(message);
    const proposals = redactionProposals(text, findPersonalData(text), [], partyPassages(message));
    const byText = new Map(proposals.map((proposal) => [proposal.text, proposal.ground]));
    expect(byText.get('111222333')).toBe('5.1.1e');
    expect(byText.get('06-12345678')).toBe('5.1.2e');
    expect(byText.get('pieter.jansen@example.nl')).toBe('5.1.2e');
    expect(byText.get('Pieter Jansen')).toBe('5.1.2e');
    expect(text.indexOf('pieter.jansen@example.nl')).toBeLessThan(text.indexOf('Onderwerp'));
  });

  it('gives ids that stay the same when the positions move', () => {
    const findings: Finding[] = [];
    const first = redactionProposals('Jan zei ja.', findings, [{ text: 'Jan', ground: '5.1.2e' }]);
    const moved = redactionProposals('Toen Jan zei ja.', findings, [
      { text: 'Jan', ground: '5.1.2e' },
    ]);
    expect(first.map((p) => p.id)).toEqual(moved.map((p) => p.id));
  });

  it('marks every occurrence of a passage marked by hand, whatever its case', () => {
    const proposals = redactionProposals(
      'Windpark 40 ligt bij WINDPARK 40 en windpark 40.',
      [],
      [{ text: 'Windpark 40', ground: '5.1.2e' }],
    );
    expect(proposals.map((p) => p.start)).toEqual([0, 21, 36]);
  });

  it('marks a passage marked by hand wherever it occurs', () => {
    const proposals = redactionProposals(
      'Project Noord. Over Project Noord later.',
      [],
      [{ text: 'Project Noord', ground: '5.1.2i' }],
    );
    expect(proposals.map((p) => p.start)).toEqual([0, 20]);
  });
});

describe('the redacted text', () => {
  const text = 'Bel Pieter Jansen op 06-12345678 of mail Pieter Jansen.';
  const proposals = redactionProposals(
    text,
    [],
    [
      { text: 'Pieter Jansen', ground: '5.1.2e' },
      { text: 'Jansen op 06-12345678', ground: '5.1.2e' },
    ],
  );

  it('removes accepted passages, merging overlaps into one box with their grounds', () => {
    const removed = removedPassages(text, proposals, new Map());
    expect(kept(redactText(text, removed))).toBe('Bel [5.1.2e] of mail [5.1.2e].');
  });

  it('keeps a rejected passage unless the same text is accepted elsewhere', () => {
    const rejected = new Map([[proposals[1]?.id ?? '', 'rejected' as const]]);
    const removed = removedPassages(text, proposals, rejected);
    expect(kept(redactText(text, removed))).toBe('Bel [5.1.2e] op 06-12345678 of mail [5.1.2e].');
  });

  it('counts the grounds used, by passage and by document', () => {
    const segments = redactText(text, removedPassages(text, proposals, new Map()));
    const summary = summariseGrounds([
      { decision: { level: 'deels-openbaar', grounds: ['5.2'], toelichting: '' }, segments },
    ]);
    expect(summary).toEqual([
      { ground: '5.1.2e', passages: 2, documents: 1 },
      { ground: '5.2', passages: 0, documents: 1 },
    ]);
  });
});
