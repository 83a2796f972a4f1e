import { sentenceContext } from './sentence-context';

const spanOf = (text: string, word: string): [number, number] => {
  const start = text.indexOf(word);
  return [start, start + word.length];
};

describe('sentenceContext', () => {
  it('says a sentence with a pronoun or a role is about a person', () => {
    const text = 'Het beleid is klaar. Zij meldde zich ziek. De planning volgt.';
    const aboutPerson = sentenceContext(text);
    expect(aboutPerson(...spanOf(text, 'ziek'))).toBe(true);
    expect(aboutPerson(...spanOf(text, 'beleid'))).toBe(false);
    expect(aboutPerson(...spanOf(text, 'planning'))).toBe(false);
  });

  it('does not count plurals or words that merely contain a cue', () => {
    const text = "Medewerkers en collega's melden zich; de hijskraan staat er.\nZiek.";
    expect(sentenceContext(text)(...spanOf(text, 'melden'))).toBe(true);
    const plain = "Medewerkers en collega's werken; de hijskraan staat er.";
    expect(sentenceContext(plain)(...spanOf(plain, 'werken'))).toBe(false);
  });

  it('looks no further than 200 characters when a sentence does not end', () => {
    const text = `hij ${'x'.repeat(300)} ziek`;
    expect(sentenceContext(text)(...spanOf(text, 'ziek'))).toBe(false);
  });
});
