import { aMessage } from '../testing/message-builder';
import type { Message } from '../message';
import { countGramCodes, countGramsInto, gramCode } from './character-grams';
import { CodeCounts } from './code-counts';
import { messageTermCounts, SUBJECT_REPEAT } from './message-terms';
import { readMessageWords } from './message-words';
import { GRAM_READING, WORD_READING } from './text-reading';
import { countWordTerms, termText } from './word-terms';

const LIMITS = { words: 60, grams: 25 };

const MESSAGES: Message[] = [
  aMessage({
    subject: 'RE: Woo-verzoek Lijnbaansgracht 12 (bestemmingsplannen)',
    bodyText: 'Geachte heer, de bewoners van de Lijnbaansgracht vroegen naar de plannen.',
    attachments: [{ name: 'Besluit Woo-verzoek.pdf', size: 10 }],
  }),
  // Diacritics written precomposed and as a letter with a combining mark, around both cuts.
  aMessage({
    subject: 'Geïnformeerd',
    bodyText: 'Beëindiging café-terras coördinatie ge\u0301i\u0308nformeerd overleg 2025 ab xx',
  }),
  // A word split by the n-gram reading's cut, and one by the word reading's.
  aMessage({ bodyText: 'windturbinesgeluidsnormen zijn hoog; omwonenden klagenover trillingen' }),
  aMessage({ subject: 'Vraag', bodyText: '' }),
];

function termCountsOf(message: Message): Array<[string, number]> {
  const terms = countWordTerms(readMessageWords(message, LIMITS), SUBJECT_REPEAT, new CodeCounts());
  if (terms === null) throw new Error('expected the terms to fit the codes');
  const { counts, stems } = terms;
  return Array.from({ length: counts.size }, (_, i) => [
    termText(counts.codes[i] ?? 0, stems),
    counts.counts[i] ?? 0,
  ]);
}

function gramCountsOf(message: Message): Array<[number, number]> {
  const words = readMessageWords(message, LIMITS);
  const counts = new CodeCounts();
  const perWord = new CodeCounts();
  countGramCodes(counts, words.table.words, words.subject, SUBJECT_REPEAT, perWord);
  countGramCodes(counts, words.table.words, words.attachments, 1, perWord);
  countGramCodes(counts, words.table.words, words.gramBody, 1, perWord);
  return Array.from({ length: counts.size }, (_, i) => [
    counts.codes[i] ?? 0,
    counts.counts[i] ?? 0,
  ]);
}

describe('readMessageWords', () => {
  it.each(MESSAGES.map((message, i) => [i, message] as const))(
    'gives message %i the word terms the string reading gives, in its order',
    (_, message) => {
      const reading = { ...WORD_READING, maxBodyCharacters: LIMITS.words };
      expect(termCountsOf(message)).toEqual([...messageTermCounts(message, reading)]);
    },
  );

  it.each(MESSAGES.map((message, i) => [i, message] as const))(
    'gives message %i the n-grams the string reading gives, in its order',
    (_, message) => {
      const reading = { ...GRAM_READING, maxBodyCharacters: LIMITS.grams };
      const expected = [...messageTermCounts(message, { ...reading, countInto: countGramsInto })];
      expect(gramCountsOf(message)).toEqual(
        expected.map(([gram, count]) => [gramCode(gram), count]),
      );
    },
  );

  it('reads the word the n-gram reading cuts as the cut word', () => {
    const words = readMessageWords(aMessage({ bodyText: 'het windturbinepark' }), {
      words: 100,
      grams: 10,
    });
    expect(words.gramBody.map((number) => words.table.words[number])).toEqual(['het', 'windtu']);
    expect(words.body.map((number) => words.table.words[number])).toEqual([
      'het',
      'windturbinepark',
    ]);
  });
});

describe('CodeCounts', () => {
  it('counts codes in the order first added, through growth and clearing', () => {
    const counts = new CodeCounts(2);
    for (let code = 0; code < 1000; code += 1) counts.add((code * 7919) % 1009, 1 + (code % 3));
    counts.add(7919 % 1009, 10);
    expect(counts.size).toBe(1000);
    expect(counts.codes[1]).toBe(7919 % 1009);
    expect(counts.counts[1]).toBe(2 + 10);
    expect(counts.positionOf(5)).toBeGreaterThanOrEqual(0);
    counts.clear();
    expect(counts.size).toBe(0);
    expect(counts.positionOf(5)).toBe(-1);
    counts.add(5, 1);
    expect([counts.codes[0], counts.counts[0], counts.positionOf(5)]).toEqual([5, 1, 0]);
  });
});
