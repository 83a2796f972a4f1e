/**
 * De-identification cases: the kind of text a privacy officer or a Woo desk redacts before a
 * case file leaves the organisation. Medical notes (general practice, hospital discharge,
 * youth health care), legal texts (judgments, police reports, objection hearings) and social
 * services files (Wmo, youth care, debt relief, social assistance), with patients and clients,
 * their relatives, care workers, addresses, phone numbers and dates of birth. Written for this
 * set and kept apart from the tuning of the recogniser. Marks as in news.ts; `d:` marks a date
 * of birth.
 */
export const DEIDENTIFICATION_SET: readonly string[] = [
  'Patiënt {{n:dhr. A.J. Smeets}}, geb. {{d:12-07-1948}}, bezocht het spreekuur met zijn dochter {{n:Ingrid}}. Klachten van kortademigheid sinds twee weken.',
  'S: mevrouw {{n:Van Leeuwen}} meldt dat haar echtgenoot {{n:Gerrit}} sinds de val vaker verward is. O: RR 150/90. P: controle over twee weken bij POH {{n:Marloes}}.',
  'Ontslagbrief. Geachte collega {{n:Verhoeven}}, uw patiënt {{n:Theodora Wilhelmina Kramer}} (geboren {{d:3 mei 1939}}) werd op 14 januari opgenomen op onze afdeling Geriatrie.',
  'Contactpersoon: {{n:Rob Kramer}} (zoon), bereikbaar op {{p:06-24 81 93 57}}.',
  'Bij het huisbezoek op de {{a:Kastanjelaan 88}} trof wijkverpleegkundige {{n:Samira Ouali}} cliënt alleen aan; de mantelzorger was naar zijn werk.',
  'Jeugdarts {{n:dr. H. Bosman}} zag {{n:Lieke}} (geb. {{d:21-09-2019}}) op het consultatiebureau; moeder {{n:Jasmijn de Graaf}} maakt zich zorgen over de spraakontwikkeling.',
  'Vader, {{n:Tomasz Nowak}}, spreekt weinig Nederlands; bij het gesprek tolkte zijn broer {{n:Piotr}}.',
  'Uitspraak. In de zaak van [eiser] tegen het college van burgemeester en wethouders van de gemeente Tilburg. Eiser is verschenen, bijgestaan door mr. {{n:S.E. Hoogendoorn}}, advocaat te Breda.',
  'De rechtbank heeft de zaak behandeld op de zitting van 2 april. Namens verweerder is {{n:J. Mulder}} verschenen.',
  'PROCES-VERBAAL VAN VERHOOR. Verdachte: {{n:BAKKER, Dennis Johannes}}, geboren te Zwolle op {{d:08-11-1994}}, wonende {{a:Thorbeckegracht 7a, 8011 VL Zwolle}}.',
  'Op vragen van verbalisant {{n:De Haan}} verklaarde de verdachte dat hij de scooter van {{n:Kevin}} had geleend.',
  'Aangeefster, {{n:mevrouw F. el Amrani}}, verklaarde dat zij door haar ex-partner {{n:Rachid}} werd bedreigd via WhatsApp.',
  'Hoorzitting bezwaarschriftencommissie. Aanwezig: {{n:mw. mr. C.M. Dekker}} (voorzitter), {{n:P. Schouten}} (lid), bezwaarmaker {{n:Hendrik Jan Postma}} en zijn schoonzoon {{n:Arjen}}.',
  '{{n:Postma}} licht toe dat hij de traplift nodig heeft omdat zijn vrouw {{n:Grietje}} na haar heupoperatie niet meer boven kan komen.',
  'Wmo-melding: {{n:Cornelis (Kees) Vermeulen}}, {{a:Dorpsstraat 112}}, Nieuw-Vennep, tel. {{p:0252 67 44 18}}. Aanvraag huishoudelijke ondersteuning.',
  'Het keukentafelgesprek werd gevoerd door consulent {{n:Nadia Yilmaz}}; ook de buurvrouw, {{n:mevrouw Lambregts}}, was aanwezig.',
  'Gezinsmanager {{n:Bart Wouters}} heeft contact opgenomen met de mentor van {{n:Jayden}}, {{n:meneer Okafor}}.',
  'De kinderen {{n:Sem}} (8) en {{n:Evi}} (5) verblijven tijdelijk bij hun grootouders in Oss.',
  'Plan van aanpak schuldhulpverlening voor {{n:mevrouw D. Pinas}}, geboren {{d:17 augustus 1985}}. Maandelijks netto inkomen € 1.420; schulden bij CJIB en Belastingdienst.',
  'Bewindvoerder {{n:Wendy Kuipers}} van Bewindvoering Noord neemt vanaf 1 juni het beheer over.',
  'Bijstandsdossier {{n:Mohamed Bouzid}}. Belanghebbende woont op {{a:Van Ostadestraat 215-3}} en deelt de woning met zijn neef {{n:Yassine}}.',
  'Handhaver {{n:E. Visser}} stelde vast dat belanghebbende niet op het opgegeven adres verbleef.',
  'Overdracht dienst: bewoner {{n:mevr. Jansen-Kok}} heeft vannacht onrustig geslapen; zoon {{n:Marcel}} belt morgen terug op {{p:06 51 20 39 84}}.',
  'Verpleegkundige {{n:Ruud}} heeft de medicatie om 22:00 uur gegeven; dr. {{n:Çelik}} is geïnformeerd.',
  'Psychiatrisch onderzoek van betrokkene, {{n:Vincent Akkerman}}, werd verricht door psychiater {{n:dr. M.L. Oosterhuis}}.',
  'Betrokkene noemt zijn moeder ({{n:Anneke}}) en zijn oudere zus ({{n:Femke Akkerman}}) als steunfiguren.',
  'Zorgmelding Veilig Thuis over {{n:Chloé}} (geb. {{d:02-02-2016}}); melder is de intern begeleider van de school, {{n:mevrouw Hermans}}.',
  'Moeder, {{n:Sharon Wijnands}}, wonende {{a:Lindenhof 9, 5301 BK Zaltbommel}}, werkt mee aan het onderzoek.',
  'Na overleg met huisarts {{n:Timmer}} en de praktijkondersteuner besluit cliënt zich aan te melden bij het Leger des Heils.',
  'Klachtbrief: ik, {{n:Johanna Maria Brouwers}}, ben op 6 februari door uw medewerker {{n:Dirk}} onheus bejegend aan de balie van het Stadskantoor.',
];
