/**
 * Words that say nothing about which dossier a message belongs to: Dutch and English function
 * words, and the header and greeting words every mail carries. Written without diacritics,
 * because terms are compared after diacritics are removed.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `
aan al alle alles als alsnog altijd ander andere anders ben bij bijv binnen ook daar daarbij
daarmee daarna daarom daarvan dan dat de deze die dit doch doen door dus echter een eens en
enige enkele er erg ergens geen gehad geweest graag haar had heb hebben heeft hem het hier hij
hoe hun ik in is ja je jij jou jouw jullie kan kon kunnen kunt laat maar me meer men met mij
mijn moet moeten na naar nadat niet niets nog nu of om omdat onder ons onze ook op over reeds
te tegen toch toe tot u uit uw van veel voor vooral want waren was wat we wel werd wie wij
wordt worden zal ze zei zelf zich zij zijn zo zoals zou zouden zullen bent welke waar waarin
waarop waarbij heel even goed via weer wil willen wilt hierbij hiervan daarin zodat
van verzonden aan onderwerp cc bcc datum bijlage bijlagen doorgestuurd oorspronkelijk bericht
beste geachte hallo hoi dag groet groeten vriendelijke hartelijke gr mvg alvast bedankt dank
the a an and or of to in on at by for from with as is are was were be been being it its this
that these those there here i you he she we they me him her us them my your our their not no
do does did done have has had will would shall should can could may might must if then than
so but about into over after before up down out off again further once all any both each few
more most other some such only own same too very just also per
from sent to subject re fw fwd wg aw date dear hi hello regards kind best thanks thank please
mail email e mailto http https www nl com org
`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
