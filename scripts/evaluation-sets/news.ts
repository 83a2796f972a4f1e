/**
 * News-style Dutch prose: reports of council meetings, court cases, sport and culture, with
 * surnames alone after the first mention, foreign names and names next to organisations and
 * places. Marks: {{n:}} person name, {{a:}} address, {{p:}} phone number.
 */
export const NEWS_SET: readonly string[] = [
  'Burgemeester {{n:Femke Halsema}} kondigde dinsdag aan dat het plan voor het Marineterrein wordt uitgesteld. {{n:Halsema}} wil eerst meer duidelijkheid van het Rijk.',
  '{{n:Kok}} zei na afloop dat hij tevreden was over de uitspraak van de rechtbank in Zwolle.',
  'Volgens {{n:Van der Laan}} is er in Nieuwegein geen draagvlak voor een tweede windmolenpark.',
  'De 34-jarige {{n:Mohamed Boukhari}} uit Tilburg werd vrijgesproken van betrokkenheid bij de brand.',
  'Trainer {{n:Erik ten Hag}} roemde na de wedstrijd tegen PSV de inzet van zijn spelers.',
  'Het Openbaar Ministerie eist vier jaar cel tegen {{n:Dennis K.}}, die in maart een supermarkt in Almere overviel.',
  'Oud-premier {{n:Mark Rutte}} is inmiddels secretaris-generaal van de NAVO in Brussel.',
  'Schrijfster {{n:Chimamanda Ngozi Adichie}} sprak zaterdag in Carré over haar nieuwe roman.',
  'De advocaat van de familie, {{n:Peter Plasman}}, noemt het onderzoek van de politie onzorgvuldig.',
  '{{n:Yesilgöz}} reageerde later op de vragen van {{n:Timmermans}} en {{n:Bontenbal}} in het debat.',
  'Wethouder {{n:Touria Meliani}} (GroenLinks) wil dat Amsterdam meer investeert in cultuur in Nieuw-West.',
  'Het Rijksmuseum ontving vorige week een schenking van de stichting van {{n:Frits Lugt}}.',
  'Onderzoeker {{n:Marion Koopmans}} van het Erasmus MC waarschuwt voor een nieuwe golf in het najaar.',
  'Bewoners van de Kanaalstraat hebben genoeg van de overlast, zegt buurtbewoner {{n:Gerda Smits}}.',
  'Rechter {{n:Frank Wieland}} oordeelde dat de gemeente Utrecht de vergunning niet had mogen weigeren.',
  'In Den Bosch opende de Jheronimus Bosch Art Center een expositie met werk van {{n:Hieronymus Bosch}}.',
  'Premier {{n:Dick Schoof}} en koning {{n:Willem-Alexander}} bezochten maandag het rampgebied in Limburg.',
  '{{n:Wopke Hoekstra}} werd in 2023 Eurocommissaris; zijn opvolger als minister was {{n:Hanke Bruins Slot}}.',
  'Tijdens de rechtszaak verklaarde {{n:Stanley H.}} dat hij niet wist dat de auto gestolen was.',
  'Vrijdag maakte de ANWB bekend dat de files in april opnieuw langer waren dan vorig jaar.',
  'Het CDA, de VVD en D66 stemden voor de motie; de PVV en de SP stemden tegen.',
  'De nieuwe directeur van het Concertgebouw, {{n:Simon Reinink}}, begint op 1 september.',
  'Volgens politiewoordvoerder {{n:Lisa Brinkman}} is de verdachte aangehouden in Rotterdam-Zuid.',
  'Ook {{n:Sanne Wallis de Vries}} en {{n:Najib Amhali}} treden op tijdens het festival in Breda.',
  'Voorzitter {{n:Kees Vendrik}} van de Algemene Rekenkamer presenteerde woensdag het Verantwoordingsonderzoek.',
  'Op Koningsdag was het druk in Apeldoorn, waar {{n:Máxima}} en de prinsessen de stad bezochten.',
  '"We gaan door," aldus {{n:Omtzigt}}, die de afgelopen weken kritiek kreeg uit eigen kring.',
  'De Oekraïense president {{n:Volodymyr Zelensky}} sprak via een videoverbinding met de Tweede Kamer.',
  'Boer {{n:Jan Willem Oosterhuis}} uit Dalfsen stopt met zijn melkveebedrijf vanwege de stikstofregels.',
  'Albert Heijn en Jumbo verhogen de prijzen van zuivel per 1 februari, meldt het Financieele Dagblad.',
  'Het Gelderse dorp Beesd kreeg de titel Mooiste Dorp van Nederland, tot vreugde van inwoner {{n:Henk van Beek}}.',
  'De Raad van State gaf het kabinet gelijk in de zaak over de Lelystad Airport.',
];
