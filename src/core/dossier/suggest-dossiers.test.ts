import type { DossierResult, DossierSuggestion } from '../dossier';
import type { Reason } from '../reason';
import { aConversation, aFiledMessage, aMessage, aParty } from '../testing/message-builder';
import { WIND_EXPERT, registry, history } from '../testing/dossier-fixtures';
import { DOSSIER_REASON_CODES, prepareDossierIndex, suggestDossiers } from './index';

const index = prepareDossierIndex(registry, history);

function suggestionsOf(result: DossierResult): readonly DossierSuggestion[] {
  if (result.kind !== 'suggested') throw new Error(`expected suggestions, got ${result.kind}`);
  return result.suggestions;
}

function reason(suggestion: DossierSuggestion | undefined, code: string): Reason | undefined {
  return suggestion?.reasons.find((candidate) => candidate.code === code);
}

describe('suggestDossiers', () => {
  it('puts the dossier whose kenmerk is in the subject first, whatever the text says', () => {
    const message = aMessage({
      subject: 'RE: BZK-2025-0207 stand van zaken',
      bodyText: 'De omwonenden van het windpark vroegen ook naar geluid van de windturbines.',
    });
    const [first] = suggestionsOf(suggestDossiers(message, index));
    expect(first?.dossier).toBe('BZK-2025-0207');
    expect(first?.score).toBeGreaterThanOrEqual(0.9);
    expect(reason(first, 'kenmerk-in-subject')?.params).toEqual({ kenmerk: 'BZK-2025-0207' });
  });

  it('recognises a zaaknummer from the keywords written with other separators in the body', () => {
    const message = aMessage({
      subject: 'Vraag',
      bodyText: 'Graag uw reactie op zaak Z/2025/004512 deze week.',
    });
    const [first] = suggestionsOf(suggestDossiers(message, index));
    expect(first?.dossier).toBe('BZK-2025-0301');
    expect(reason(first, 'kenmerk-in-body')?.params).toEqual({ kenmerk: 'Z/2025/004512' });
  });

  it('follows the conversation to where its earlier messages were filed', () => {
    const registryOpen = registry.map((dossier) => ({ ...dossier, status: 'open' as const }));
    const message = aMessage({
      conversationId: aConversation('conv-marktplein'),
      subject: 'RE: planning',
      bodyText: 'Akkoord.',
    });
    const [first] = suggestionsOf(
      suggestDossiers(message, prepareDossierIndex(registryOpen, history)),
    );
    expect(first?.dossier).toBe('BZK-2024-0940');
    expect(reason(first, 'conversation-filed')?.params).toEqual({ count: 1 });
  });

  it('follows a subject thread that colleagues filed, replies and forwards included', () => {
    const message = aMessage({
      subject: 'RE: FW: Aanvragen subsidie groene daken',
      bodyText: 'Dank, ik kijk ernaar.',
    });
    const [first] = suggestionsOf(suggestDossiers(message, index));
    expect(first?.dossier).toBe('BZK-2025-0207');
    expect(reason(first, 'subject-filed')?.params).toEqual({ count: 1 });
  });

  it('names the correspondent and the colleagues who filed their mail before', () => {
    const message = aMessage({
      from: WIND_EXPERT,
      subject: 'Nieuwe planning',
      bodyText: 'Zie de bijgevoegde planning.',
    });
    const suggestions = suggestionsOf(suggestDossiers(message, index));
    const history = reason(suggestions[0], 'correspondent-history');
    expect(suggestions[0]?.dossier).toBe('BZK-2025-0113');
    expect(history?.params).toMatchObject({
      correspondent: 'p.bakker@windenergie.example',
      count: 2,
      filedBy: 'Karin Smit',
    });
  });

  it('does not name an address that is on every filing, such as the team mailbox', () => {
    const message = aMessage({
      subject: 'Geluid windturbines',
      bodyText: 'Omwonenden klagen over geluid.',
    });
    const suggestions = suggestionsOf(suggestDossiers(message, index));
    const named = suggestions.flatMap((s) =>
      s.reasons.filter((r) => r.code === 'correspondent-history'),
    );
    expect(named.map((r) => r.params?.['correspondent'])).not.toContain('beleid@gemeente.example');
  });

  it('ranks by text similarity and names the shared terms as written', () => {
    const message = aMessage({
      subject: 'Klachten over geluid windturbines',
      bodyText: 'Meerdere omwonenden klagen over het geluid van de windturbines bij de spoorzone.',
    });
    const suggestions = suggestionsOf(suggestDossiers(message, index));
    const similar = reason(suggestions[0], 'similar-text');
    expect(suggestions[0]?.dossier).toBe('BZK-2025-0113');
    expect(String(similar?.params?.['terms'])).toContain('windturbines');
  });

  it('finds the dossier through words that OCR misread, where no whole word matches', () => {
    const message = aMessage({
      subject: 'Subsidieregellng qroene dakken',
      bodyText: 'Vraag over de subsidieregellng voor qroene dakken en regenwateropvanq.',
    });
    const suggestions = suggestionsOf(suggestDossiers(message, index));
    expect(suggestions[0]?.dossier).toBe('BZK-2025-0207');
  });

  it('says no dossier fits when nothing points anywhere', () => {
    const message = aMessage({
      from: aParty('collega@gemeente.example'),
      subject: 'Lunch vrijdag?',
      bodyText: 'Wie gaat er vrijdag mee lunchen bij het nieuwe café om de hoek?',
    });
    expect(suggestDossiers(message, index)).toEqual({ kind: 'no-dossier-fits' });
  });

  it('leaves a closed dossier out when only the text points to it', () => {
    const message = aMessage({
      subject: 'Fontein en terrassen Marktplein',
      bodyText: 'Hoe staat het met de fontein op het Marktplein?',
    });
    const result = suggestDossiers(message, index);
    const listed = result.kind === 'suggested' ? result.suggestions.map((s) => s.dossier) : [];
    expect(listed).not.toContain('BZK-2024-0940');
  });

  it('lists a closed dossier named by its kenmerk after the open dossier that fits, saying it is closed', () => {
    const message = aMessage({
      subject: 'Geluid windturbines, zie ook BZK-2024-0940',
      bodyText:
        'Omwonenden van het windpark bij de spoorzone klagen over geluid van de windturbines.',
    });
    const suggestions = suggestionsOf(suggestDossiers(message, index));
    expect(suggestions.slice(0, 2).map((s) => s.dossier)).toEqual([
      'BZK-2025-0113',
      'BZK-2024-0940',
    ]);
    expect(reason(suggestions[1], 'dossier-closed')?.weight).toBeLessThan(0);
  });

  it('keeps scores in 0..1, ranked, within the limit, with known reason codes only', () => {
    const message = aMessage({
      from: WIND_EXPERT,
      subject: 'Subsidie groene daken en windpark',
      bodyText:
        'Kunnen omwonenden van het windpark ook subsidie voor groene daken aanvragen? BZK-2025-0301',
    });
    const suggestions = suggestionsOf(suggestDossiers(message, index, { limit: 2 }));
    expect(suggestions).toHaveLength(2);
    const scores = suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const suggestion of suggestions) {
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      for (const { code } of suggestion.reasons) expect(DOSSIER_REASON_CODES).toContain(code);
    }
  });

  it('suggests from the registry alone when nothing has been filed yet', () => {
    const empty = prepareDossierIndex(registry, []);
    const message = aMessage({
      subject: 'Aanbesteding jeugdzorg',
      bodyText: 'De inkoop van jeugdzorg voor 2026 start in mei.',
    });
    expect(suggestionsOf(suggestDossiers(message, empty))[0]?.dossier).toBe('BZK-2025-0301');
  });

  it('ignores filings in dossiers the registry does not know', () => {
    const stray = aFiledMessage(
      'ONBEKEND-2020-0001',
      aMessage({ subject: 'Lunch vrijdag', bodyText: 'Lunch bij het café.' }),
    );
    const withStray = prepareDossierIndex(registry, [...history, stray]);
    const message = aMessage({ subject: 'Lunch vrijdag?', bodyText: 'Lunch bij het café?' });
    expect(suggestDossiers(message, withStray)).toEqual({ kind: 'no-dossier-fits' });
  });
});
