import type { NamedFeatureKey } from './feature-space';
import { TEXT_LIMIT, relevanceFeatures } from './features';
import {
  AUTO_REPLY,
  BESLISNOTA_MAIL,
  LUNCH_MAIL,
  MEETING_ACCEPTANCE,
  NEWSLETTER,
  aMessage,
} from './test-message';
import type { Message } from '../message';
import type { RelevanceOptions } from './features';

const keysOf = (message: Message, options?: RelevanceOptions): NamedFeatureKey[] =>
  relevanceFeatures(message, options).named.map((feature) => feature.key);

describe('relevanceFeatures', () => {
  it('recognises an out-of-office reply by its subject, wording and headers', () => {
    expect(keysOf(AUTO_REPLY)).toEqual(expect.arrayContaining(['out-of-office', 'auto-submitted']));
  });

  it('recognises a newsletter by its wording and list headers', () => {
    expect(keysOf(NEWSLETTER)).toEqual(
      expect.arrayContaining(['newsletter', 'list-unsubscribe', 'bulk-precedence']),
    );
  });

  it('recognises meeting responses in Dutch and English', () => {
    expect(keysOf(MEETING_ACCEPTANCE)).toContain('meeting-response');
    expect(keysOf(aMessage({ subject: 'Declined: Weekly sync' }))).toContain('meeting-response');
  });

  it('finds decision vocabulary and a policy document in a beslisnota mail', () => {
    const features = relevanceFeatures(BESLISNOTA_MAIL);
    const decision = features.named.find((feature) => feature.key === 'decision-vocabulary');
    expect(decision?.params).toEqual({ term: 'beslisnota' });
    expect(features.named.map((feature) => feature.key)).toEqual(
      expect.arrayContaining(['document-attachment', 'policy-document-attachment', 'question']),
    );
    expect(keysOf(LUNCH_MAIL)).not.toContain('decision-vocabulary');
  });

  it('tells images and calendar files from documents', () => {
    const keys = keysOf(aMessage({ attachments: [{ name: 'IMG_2041.JPG', size: 1 }] }));
    expect(keys).toContain('image-attachment');
    expect(keys).not.toContain('document-attachment');
  });

  it('flags automated senders by address or display name', () => {
    expect(keysOf(aMessage({ from: { address: 'noreply@ssc-ict.nl' } }))).toContain(
      'automated-sender',
    );
    const named = aMessage({ from: { name: 'Gemeente (zaaksysteem, no-reply)', address: '' } });
    expect(keysOf(named)).toContain('automated-sender');
    expect(keysOf(LUNCH_MAIL)).not.toContain('automated-sender');
  });

  it('sees external parties against the organisation domains, subdomains included', () => {
    const toMunicipality = aMessage({ to: [{ address: 'wethouder@utrecht.nl' }] });
    expect(keysOf(toMunicipality)).toContain('external-party');
    const internal = aMessage({ to: [{ address: 'x@dgbel.minbzk.nl' }] });
    expect(keysOf(internal)).not.toContain('external-party');
    const options = { organisationDomains: ['minbzk.nl', 'utrecht.nl'] };
    expect(keysOf(toMunicipality, options)).not.toContain('external-party');
  });

  it('marks replies and forwards and buckets length and recipients', () => {
    expect(keysOf(aMessage({ subject: 'RE: overleg' }))).toContain('reply');
    expect(keysOf(aMessage({ subject: 'Doorst: overleg' }))).toContain('forward');
    expect(keysOf(aMessage({ bodyText: '' }))).toContain('length-empty');
    const many = Array.from({ length: 8 }, (_, index) => ({ address: `p${index}@minbzk.nl` }));
    expect(keysOf(aMessage({ to: many }))).toContain('recipients-many');
  });

  it('reads words from the first TEXT_LIMIT characters only', () => {
    const late = aMessage({ bodyText: `${'x'.repeat(TEXT_LIMIT)} kamerbrief` });
    const terms = relevanceFeatures(late).terms.map((feature) => feature.term);
    expect(terms).not.toContain('kamerbrief');
    expect(keysOf(late)).toContain('length-long');
  });
});
