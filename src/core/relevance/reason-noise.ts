import { isFirstName } from '../personal-data/first-names';

/**
 * Words that can weigh in the model but explain nothing to a civil servant: function words,
 * greetings and closings, header and reply noise (fw, re, cc, date, url), Dutch and English.
 * A word reason holding one of them, a class token (<url>, <num>) or a given name is not shown.
 */
const NOISE: ReadonlySet<string> = new Set(
  `
  de het een en of maar want dus als dan toen nu al ook nog wel niet geen wat wie waar hoe
  dit dat deze die daar hier er zo na voor met zonder door over onder bij aan op in uit om te
  van naar tot per via ik jij je u hij zij ze wij we jullie mij me hem haar ons onze mijn jouw
  uw hun men is zijn was waren ben bent heb hebt heeft hebben had kan kun kunt kunnen mag
  moet moeten wil wilt willen zal zou zouden wordt worden werd graag even eens toch heel erg
  veel meer weer al alvast nog steeds gewoon half uur dag
  beste geachte hallo hoi hey dag goedemorgen goedemiddag groet groeten vriendelijke
  hartelijke hartelijk dank bedankt alvast mvg gr heer mevrouw meneer dhr mw lezer
  the a an and or but so if then than when while as at by for from in into of on onto to
  with without about over under up down out off here there this that these those it its
  i me my mine you your he him his she her we us our they them their am is are was were be
  been being have has had do does did will would shall should can could may might must
  well just very really also too only even still yet ok okay yes no not please thanks
  thank thx regards best dear hi hello cheers kind sincerely greetings brgds rgds
  fw fwd re aw antw cc bcc subject date from sent to onderwerp verzonden aan van datum
  url email mail mailto http https www com net org nl html message original forwarded
  attached attachment bijlage bijlagen file page click here unsubscribe afmelden
  i'll i'm i've i'd don't doesn't didn't can't won't isn't it's that's let's fyi zie hou
  big more most less some any all every each other another such same new old get got gets
  let make made take took come came go goes going went see saw look know knew think thought
  need needs want wants like said say says tell told give gave put keep simply after before
  again back way thing things lot lots bit one two three first last next day days week time
  times year years today tomorrow yesterday morning evening tonight now soon later
  `
    .trim()
    .split(/\s+/),
);

/** Whether a term (a word, or two words joined by a space) is noise as a reason. */
export function isNoiseTerm(term: string): boolean {
  return term.split(' ').some((word) => {
    if (word.startsWith('<') || word.length < 3) return true;
    return NOISE.has(word) || isFirstName(word);
  });
}
