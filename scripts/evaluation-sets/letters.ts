/**
 * Letters: a municipality's decisions and replies, citizens' objections and requests, with
 * addresses in the heading, the organisation's own Postbus and visiting address (not personal
 * data), reference lines and signatures. Marks as in news.ts, and {{b:}} BSN, {{e:}} e-mail
 * address; an organisation's functional mailbox is not marked (it is not personal data).
 */
export const LETTERS_SET: readonly string[] = [
  'De heer {{n:R.J. Vermeulen}}\n{{a:Boterdiep 14a}}\n{{a:9712 LM}} Groningen\n\nGroningen, 3 april 2025\nOnderwerp: uw aanvraag omgevingsvergunning\n\nGeachte heer {{n:Vermeulen}},\n\nOp 12 maart ontvingen wij uw aanvraag voor het plaatsen van een dakkapel.',
  'Mevrouw {{n:S. el Idrissi}}\n{{a:Burgemeester de Withstraat 8 bis}}\n{{a:5611 AB}} Eindhoven\n\nGeachte mevrouw {{n:El Idrissi}},\n\nHierbij ontvangt u ons besluit op uw bezwaarschrift.',
  'Gemeente Zwolle\nPostbus 10007\n8000 GA Zwolle\nBezoekadres: Lübeckplein 2, 8017 JZ Zwolle\nTelefoon 14 038\n\nAan de heer {{n:T. Hofstede}}\n{{a:Assendorperstraat 112-3}}\n{{a:8012 DL}} Zwolle',
  'Geachte college,\n\nNamens mijn cliënt, de heer {{n:Ahmet Öztürk}}, wonende aan de {{a:Kastanjelaan 27}} te Dordrecht, maak ik bezwaar tegen de opgelegde last onder dwangsom.\n\nHoogachtend,\n\nmr. {{n:W.F. Dijkstra}}\nDijkstra & Van Leeuwen Advocaten',
  'Uw kenmerk: 2025-0412\nOns kenmerk: ZK25-004881\nBehandeld door: {{n:Marloes Timmer}}\nTelefoon: {{p:(050) 367 76 54}}\n\nGeachte heer, mevrouw,\n\nU heeft ons gevraagd om informatie over de kapvergunning voor de {{a:Eikenlaan 3}}.',
  'Beste meneer {{n:Jansen}},\n\nDank voor uw brief van 4 juni over de parkeerplaatsen in de Vondelstraat. Wethouder {{n:De Groot}} heeft de situatie laten bekijken door de afdeling Verkeer.',
  'Aan: het college van burgemeester en wethouders van Leiden\nVan: {{n:Jorien Haverkamp}}, {{a:Rapenburg 48, 2311 EZ}} Leiden\n\nOp grond van de Wet open overheid verzoek ik u om alle documenten over de renovatie van de Hooglandse Kerk.',
  'Met vriendelijke groet,\n\n{{n:drs. H.M. (Hanneke) Bos-Verhagen}}\nAfdelingshoofd Vergunningen\nT {{p:+31 (0)70 353 2000}}\nM {{p:06 - 43 21 87 65}}',
  'Wij nodigen u uit voor een hoorzitting op 14 oktober om 10.00 uur in het stadhuis, Grote Markt 1, Haarlem. Kunt u niet aanwezig zijn, bel dan {{p:023-511 51 15}}.',
  'Geachte mevrouw {{n:Nguyen}},\n\nUw aanvraag bijzondere bijstand voor het adres {{a:Van Ostadestraat 233-H, 1073 TP}} Amsterdam is toegekend.',
  'Het bezwaar van de heren {{n:K. Abdelkader}} en {{n:M. Pronk}} is ontvangen op 2 mei en wordt behandeld door de commissie bezwaarschriften.',
  'Geachte heer {{n:Van Dam}},\n\nNaar aanleiding van ons telefoongesprek van gisteren stuur ik u de gevraagde gegevens. Mocht u nog vragen hebben, dan kunt u mij bereiken op {{p:0031 10 498 76 54}}.\n\nMet vriendelijke groet,\n{{n:Ilse Kuijpers}}',
  'Verzender: {{n:F. de Jong}}, {{a:Dorpsstraat 5, 1471 CH}} Kwadijk\nOntvangen: 21 januari 2025',
  'In uw brief van 3 februari vraagt u of de heer {{n:Bakker}} ook namens de Vereniging van Eigenaren mag spreken. Dat is het geval.',
  'Ons bezoekadres is gewijzigd: vanaf 1 maart vindt u ons aan de Stationsplein 10, 3511 ED Utrecht.',
  'De aanvrager, {{n:Elif Demir}} ({{a:Hoofdweg 200-1}}, Amsterdam), verzoekt om uitstel van betaling.',
  'Hoogachtend,\n\nDe burgemeester van Ede,\n\n{{n:R.C. Verbeek}}',
  'Voor vragen kunt u contact opnemen met {{n:mevrouw A. Yildiz}} via {{p:+31 6 2345 6789}} of met {{n:de heer P. van Vliet}}.',
  "Geachte heer {{n:O'Connor}},\n\nYour request under the Open Government Act was received on 2 May.",
  'Ik woon sinds 2019 op {{a:Weteringkade 7}} en heb sindsdien last van de nachtelijke bevoorrading van de supermarkt.',
  'Naam: {{n:Jeroen Smulders}}\nBSN: {{b:123456782}}\nE-mail: {{e:j.smulders@ziggo.nl}}\n\nHierbij maak ik bezwaar tegen de aanslag van 2 mei.',
  'Het burgerservicenummer van betrokkene ({{b:111222333}}) staat in het dossier; reacties kunt u sturen aan bezwaar.wmo@gemeente-ede.nl.',
];
