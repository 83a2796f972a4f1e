/**
 * Words that are written with a capital in Dutch mail without being a person's name: function
 * words and adverbs that open a sentence, months, weekdays, languages, and the nouns of
 * government (Kamer, Rijk, Wet, Financiën). A word here is never read as a given name or a
 * surname in running text, even where a name list holds it (Dan, Ben, Wil, Mei, Frans).
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  `
  de het een en of maar want dus omdat als dan toen nu al ook nog wel niet geen wat wie waar
  hoe waarom welke welk dit dat deze die daar hier er zo zoals na voor tijdens sinds tot met
  zonder door over onder boven naast tussen bij aan op in uit om te van naar tegen per via
  volgens namens inzake betreft ter zake ik jij je u hij zij ze wij we jullie zich mij me hem
  haar ons onze mijn jouw uw hun hen men iemand niemand iets niets alles allemaal ieder elk
  elke beide veel weinig meer minder meest eerst eerste tweede derde laatste vorige volgende
  ja nee ok oké graag dank bedankt alvast hoi hallo beste geachte goedemorgen goedemiddag
  groet groeten vriendelijke hartelijke succes fijn prima helaas gelukkig verder daarna
  daarom daarnaast bovendien echter inmiddels intussen eerder later vandaag morgen gisteren
  binnenkort straks zojuist onlangs vervolgens tenslotte ten slotte tot slot kortom
  samengevat overigens wellicht misschien waarschijnlijk uiteraard natuurlijk zeker vooral
  alleen zelfs toch even nog steeds ben bent is zijn was waren wordt worden werd werden
  heb hebt heeft hebben had hadden kan kun kunt kunnen kon konden mag mogen mocht wil wilt
  willen wilde zal zult zullen zou zouden moet moeten moest laat laten ga gaat gaan ging
  kom komt komen kwam zie ziet zien zag doe doet doen deed weet weten wist denk denken
  vind vinden stuur stuurt sturen bel belt bellen lees leest lezen zie graag hierbij bijgaand
  bijgevoegd zie ziehier let op nb n.b. ps p.s. cc bcc re fw fwd aw antw doorgestuurd
  januari februari maart april mei juni juli augustus september oktober november december
  feb mrt apr jun jul aug sep sept okt nov dec
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
  january february march june july october monday tuesday wednesday thursday friday
  saturday sunday from to subject sent date tel fax attn
  nederlands engels duits spaans italiaans pools turks arabisch fries algemene
  nederlander nederlanders europees europese nationaal nationale landelijk landelijke
  kamer kamerbrief kamervragen rijk staat staten koning koningin kroon kabinet
  ministerie ministeries minister ministers premier president gemeente gemeenten provincie
  provincies waterschap regering overheid rijksoverheid wet wetten wetsvoorstel besluit
  regeling verordening beleid beleidsregel nota notitie brief bijlage memo advies rapport
  verslag notulen agenda planning begroting jaarverslag raad raadsvoorstel college
  commissie directie afdeling dienst inspectie autoriteit bureau team unit cluster
  financiën justitie veiligheid binnenlandse buitenlandse zaken koninkrijksrelaties
  onderwijs cultuur wetenschap zorg volksgezondheid welzijn sport sociale werkgelegenheid
  economische klimaat energie infrastructuur waterstaat landbouw natuur voedselkwaliteit
  defensie asiel migratie wonen ruimtelijke ordening volkshuisvesting mobiliteit
  verkeer vervoer milieu omgevingswet omgevingsvergunning bestemmingsplan woo wob avg
  awb bsn iban pdf excel word teams outlook sharepoint internet website
  noord zuid oost west noordoost noordwest zuidoost zuidwest centrum centraal
  hoofdstuk paragraaf artikel lid onderdeel bijlagen pagina punt fase stap optie variant
  vraag vragen antwoord antwoorden reactie reacties opmerking opmerkingen conclusie
  aanleiding achtergrond doel inleiding samenvatting toelichting onderwerp kenmerk datum
  status actie acties besluitvorming voorstel voorstellen afspraak afspraken overleg
  vrienden can dagelijks algemeen openbare orde dag dagen week weken maand jaar nacht avond ochtend middag feest viering herdenking
  `
    .trim()
    .split(/\s+/),
);

/** Whether `word` (any case) is a common word, never a name on its own. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}
