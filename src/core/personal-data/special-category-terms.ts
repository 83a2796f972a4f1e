/**
 * Words that point to special categories of personal data (AVG art. 9 and 10, UAVG paragraph
 * 3.1 and 3.2): health, religion or belief, criminal data, ethnic origin, political opinions,
 * union membership, sexual orientation, biometric and genetic data. Dutch and English, as
 * regular-expression sources separated by " | ". Plurals are left out on purpose: "ziekmeldingen" and
 * "verdachten" are statistics, "haar ziekmelding" is about a person.
 */
const TERM_LISTS = {
  health: `
    ziek | ziekgemeld | ziek gemeld | ziekmelding | ziekteverlof | ziek thuis | burn-?out |
    overspannen | zwanger | zwangerschap | zwangerschapsverlof | bevallingsverlof |
    bevallen | diagnose | gediagnosticeerd | kanker | chemo(?:therapie)? | depressie |
    depressief | psycholoog | psychiater | psychische (?:klachten|problemen) | verslaafd |
    verslaving | in het ziekenhuis | opgenomen | geopereerd | hartaanval | herseninfarct |
    beroerte | hernia | diabetes | hiv | aids | adhd | autisme | dementie |
    arbeidsongeschikt | bedrijfsarts | arbo-?arts | re-?integratie | reïntegratie |
    medicatie | medicijnen | gehandicapt | handicap |
    medisch(?:e)? (?:advies|dossier|gegevens|keuring|verklaring|klachten|redenen) | rolstoel | revalidatie | long covid |
    positief getest | sick leave | called in sick | sick | pregnant | pregnancy |
    maternity leave | diagnosed | diagnosis | cancer | chemotherapy | depression |
    depressed | hospitali[sz]ed | in hospital | surgery | medication | disabled |
    disability | psychiatrist | therapist | mental health
  `,
  religion: `
    moslim | moslima | islamitisch | christen | christelijk | katholiek | protestant |
    protestants | joods | hindoe | hindoeïstisch | boeddhist | boeddhistisch | gelovig |
    atheïst | geloofsovertuiging | religie | moskee | synagoge | kerkdienst | ramadan |
    hoofddoek | muslim | christian | catholic | jewish | hindu | buddhist | religious |
    religion | atheist
  `,
  criminal: `
    strafblad | strafrechtelijk verleden | veroordeeld | veroordeling | gedetineerd |
    detentie | gevangenis | in hechtenis | aangehouden | gearresteerd | verdachte |
    verdacht van | taakstraf | celstraf | gevangenisstraf | werkstraf |
    justitiële documentatie | VOG | criminal record | convicted | conviction | arrested |
    sentenced | in prison | detained
  `,
  ethnicity: `
    afkomst | etniciteit | etnische (?:achtergrond|afkomst) | migratieachtergrond |
    huidskleur | ethnicity | ethnic (?:background|origin)
  `,
  political: `
    politieke (?:voorkeur|overtuiging|kleur) | partijlid |
    lid van (?:de|het) (?:VVD|PVV|CDA|D66|PvdA|GroenLinks|SP|ChristenUnie|SGP|PvdD|FvD|JA21|BBB|NSC|Volt|DENK|50PLUS) |
    stemt op | political (?:views|opinions?|affiliation) | party member
  `,
  union: `
    vakbondslid | vakbondslidmaatschap | lid van (?:de|het) (?:vakbond|FNV|CNV|AC|ACP|CMHF) |
    union member | union membership | trade union member
  `,
  sexual: `
    homoseksueel | homoseksuele | homo | lesbisch | lesbienne | biseksueel | transgender |
    seksuele (?:geaardheid|voorkeur|oriëntatie) | gay | lesbian | bisexual |
    sexual orientation
  `,
  biometric: `
    vingerafdruk(?:ken)? | irisscan | DNA(?:-profiel|-materiaal)? | genetisch | genetische |
    biometrisch | biometrische | fingerprints? | genetic | biometric
  `,
};

/** The terms per category (health, religion, criminal, ...), as regular-expression sources. */
export const SPECIAL_CATEGORY_TERMS: Readonly<Record<string, readonly string[]>> =
  Object.fromEntries(
    Object.entries(TERM_LISTS).map(([category, list]) => [category, list.trim().split(/\s+\|\s+/)]),
  );
