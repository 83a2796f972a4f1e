/**
 * Dutch and English function words. They may weigh in the model, but a reason such as "the word
 * 'aan'" explains nothing, so terms made only of them are left out of the vocabulary.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'de het een en van in op te aan met voor is dat die er om als bij naar ook maar of nog wat ' +
    'wel niet je jij jou jullie we wij ik me mij u uw ons onze zijn is was heeft hebben had ' +
    'wordt worden kan kunnen dan dit deze over tot uit door zo al na hier daar hoe wie waar ' +
    'the an and of to in on for is it its that this with be are was were as at by from or you ' +
    'we my our your he she they them his her will would have has had not but if so do does ' +
    'me us can could there their what which who all any been also into than then'
  ).split(' '),
);

/** Whether every word of a term (a word or word pair) is a function word. */
export function isFunctionTerm(term: string): boolean {
  return term.split(' ').every((word) => FUNCTION_WORDS.has(word));
}
