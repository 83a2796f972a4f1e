import { asConversationId, asDossierId, asRecordId, asSourceId } from '../core/ids';
import type { RecordMetadata } from '../core/records/record-metadata';
import type { FiledRecord } from '../graph';
import { historyFromRecords, mergeHistories, partyFromColumn } from './records-history';

function aRecord(overrides: Partial<RecordMetadata> = {}): FiledRecord {
  return {
    id: asRecordId('7'),
    webUrl: '',
    metadata: {
      sourceKind: 'mail',
      sourceId: asSourceId('<a@example.nl>'),
      dedupKey: 'mail:a',
      dossier: asDossierId('BZK-2025-0113'),
      wooCategory: null,
      assessment: 'openbaar',
      grounds: [],
      relevance: 0.8,
      toelichting: 'Advies over de planning',
      filedBy: 'beleid@bronvast.example',
      filedAt: new Date('2025-03-01T10:00:00Z'),
      sha256: '',
      reviewStatus: 'te-beoordelen',
      from: 'Jan Jansen <Jan.Jansen@Example.nl>',
      to: ['"Team Woo" <woo@bronvast.example>', 'ina@bronvast.example'],
      cc: [],
      subject: 'Planning actieve openbaarmaking',
      conversationId: asConversationId('conv-1'),
      hasAttachments: false,
      ...overrides,
    },
  };
}

describe('the history read from the records list', () => {
  it('files each record under its current dossier with its parties as addresses', () => {
    const [filed] = historyFromRecords([aRecord({ dossier: asDossierId('BZK-2025-0021') })]);
    expect(filed?.dossier).toBe('BZK-2025-0021');
    expect(filed?.filedBy).toBe('beleid@bronvast.example');
    expect(filed?.message.from).toEqual({ name: 'Jan Jansen', address: 'Jan.Jansen@Example.nl' });
    expect(filed?.message.to).toEqual([
      { name: 'Team Woo', address: 'woo@bronvast.example' },
      { address: 'ina@bronvast.example' },
    ]);
    expect(filed?.message.bodyText).toBe('Advies over de planning');
    expect(filed?.message.conversationId).toBe('conv-1');
  });

  it('skips items without Bronvast columns or without a dossier', () => {
    const bare: FiledRecord = { id: asRecordId('8'), webUrl: '', metadata: null };
    expect(historyFromRecords([bare, aRecord({ dossier: asDossierId('') })])).toEqual([]);
  });

  it('keeps one entry per message when two histories overlap, the first one winning', () => {
    const [chat] = historyFromRecords([aRecord({ dossier: asDossierId('A') })]);
    const [list] = historyFromRecords([aRecord({ dossier: asDossierId('B') })]);
    const [other] = historyFromRecords([aRecord({ sourceId: asSourceId('<b@example.nl>') })]);
    if (chat === undefined || list === undefined || other === undefined) throw new Error('empty');
    expect(mergeHistories([chat], [list, other]).map((filed) => filed.dossier)).toEqual([
      'A',
      'BZK-2025-0113',
    ]);
  });

  it('reads a bare address as it is', () => {
    expect(partyFromColumn(' woo@bronvast.example ')).toEqual({ address: 'woo@bronvast.example' });
  });
});
