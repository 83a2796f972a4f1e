/**
 * Minutes: attendance lists, speakers by surname, action items and decisions, as secretaries of
 * councils, project teams and boards write them. Marks as in news.ts.
 */
export const MINUTES_SET: readonly string[] = [
  'Aanwezig: {{n:Jan Dekker}} (voorzitter), {{n:Fatma Yilmaz}}, {{n:Ruud van Zanten}}, {{n:Lieke Brouwer}} (notulen)\nAfwezig met kennisgeving: {{n:Marco Visser}}',
  '{{n:Van der Laan}} merkt op dat de planning van de rotonde niet haalbaar is. {{n:Dekker}} stelt voor het punt naar de volgende vergadering te verschuiven.',
  'Actiepunt 4: {{n:Kok}} stuurt de notitie over de subsidieregeling voor 1 juni rond.',
  'De voorzitter opent om 19.30 uur de vergadering en heet in het bijzonder {{n:mevrouw Hendriks}} van de Omgevingsdienst welkom.',
  'De heer {{n:Wouters}} (VVD) vraagt of het college bereid is de evaluatie openbaar te maken. Wethouder {{n:Stam}} zegt dit toe.',
  'Besluit: het MT stemt in met het voorstel van {{n:Inge}} om de pilot met drie maanden te verlengen.',
  'Agendapunt 3. Mededelingen\n{{n:Priya Ramdin}} meldt dat de werkgroep Duurzaamheid in september van start gaat.',
  'Aanwezig namens de provincie: {{n:dhr. B. Schuurman}} en {{n:mw. C. Lambrechts}}; namens Rijkswaterstaat: {{n:K. Dijkhuizen}}.',
  '{{n:Smit}}: "Wij hebben de bewoners in februari geïnformeerd."\n{{n:De Boer}}: "Dat is te laat geweest."',
  'Rondvraag: {{n:Sjoerd}} vraagt wie de presentatie voor de raadsinformatieavond verzorgt. {{n:Nadia}} neemt dit op zich.',
  'Notulen van de vergadering van de adviesraad Sociaal Domein, 14 maart 2025, Stadskantoor Almere.',
  'De notulen van 12 februari worden ongewijzigd vastgesteld, met dank aan {{n:Wendy Schipper}}.',
  'De commissie hoort insprekers {{n:G. Mulder}} (bewonersvereniging Oud-Noord) en {{n:Thomas Achterberg}}.',
  'Voorzitter {{n:Ahmed Marcouch}} schorst de vergadering om 21.15 uur.',
  'ACTIELIJST\n- {{n:VAN DIJK}}: offerte opvragen bij drie aannemers\n- {{n:PETERS}}: contact met Stedin over de aansluiting',
  'Mevrouw {{n:Ter Horst}} licht de begroting toe. De Rekenkamer heeft geen opmerkingen over de jaarrekening 2024.',
  'Volgende vergadering: dinsdag 8 april, 14.00 uur, vergaderzaal De Linde. Voorzitter: {{n:Bart Groen}}; verslag: {{n:Miriam Aydin}}.',
  'Afgesproken wordt dat de afdeling Communicatie een persbericht opstelt over de opening van het Zwanenpark.',
  'Ingekomen stukken: brief van {{n:J. Kramer}} over de bomenkap aan de Lindelaan; mail van de Fietsersbond over de Singel.',
  'Na een korte discussie concludeert {{n:Bouma}} dat er overeenstemming is over de uitgangspunten.',
];
