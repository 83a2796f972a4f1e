/**
 * Labelled whole messages (short mails and chat messages) that mix kinds of personal data and
 * the numbers that look like it, in the markup of snippets-identifiers.ts.
 */
export const MAIL_SNIPPETS: readonly string[] = [
  'Beste {{n:Karin}},\n\nHierbij het concept van de beslisnota over zaak Z-2024-001234. Graag je reactie voor 15-03-2024.\n\nMet vriendelijke groet,\n\n{{n:Ruben Hendriks}}\nBeleidsmedewerker\nT {{p:06-41234567}}',
  'Van: {{n:Marieke de Lange}} <{{e:marieke.delange@minlnv.nl}}>\nVerzonden: dinsdag 5 maart 2024 10:14\nAan: {{n:Tom Verbeek}} <{{e:tom.verbeek@minlnv.nl}}>\nOnderwerp: RE: Woo-verzoek 2024-017\n\nTom, kun jij de inventarislijst afmaken?',
  'Geachte heer {{n:Van Dijk}},\n\nUw verzoek van 2 februari 2024 (kenmerk 2024-0000123) is ontvangen. U ontvangt binnen vier weken een besluit.\n\nHoogachtend,\n\n{{n:A. Visser}}\nTeamleider Juridische Zaken',
  'Hoi {{n:Lisa}}, {{n:Mark}} is vandaag {{s:ziek}}, kun jij het overleg van 14.00 uur overnemen?',
  'Goedemorgen {{n:Yusuf}},\n\nDe betaling van € 1.250,00 is overgemaakt naar {{i:NL09KNAB0255555555}}. Het factuurnummer was 202401187.\n\nGroet,\n{{n:Ellen}}',
  'Geachte mevrouw {{n:Bos}},\n\nNaar aanleiding van uw telefoontje op 4 april: u kunt de stukken ophalen bij de balie, Stadhuisplein 1. Voor vragen kunt u bellen met 14 030.\n\nMet vriendelijke groet,\n\nKlantcontactcentrum',
  'Dear Ms. {{n:Novak}},\n\nThank you for your request of 3 June 2024. Please send the signed form to Postbus 20401, 2500 EK Den Haag.\n\nKind regards,\n{{n:Laura Kuipers}}\nInternational Affairs',
  'Collega’s,\n\nDe stuurgroep komt op 18-04-2024 bijeen in zaal 4.12. De agenda volgt.\n\nGroet,\nProjectbureau Omgevingswet',
  'Beste {{n:Noor}},\n\nVerzoeker ({{n:Gerrit Mulder}}, BSN {{b:279711475}}, {{a:Molenweg 4, 7771 AB}} Hardenberg) heeft bezwaar ingediend. Zijn telefoonnummer is {{p:0523 123456}}.\n\nGroeten,\n{{n:Iris}}',
  'Aan: Woo-coördinatoren <woo-coordinatoren@minbzk.nl>\nOnderwerp: Voortgang Woo-verzoeken Q1\n\nIn het eerste kwartaal zijn 143 verzoeken afgehandeld, 12 meer dan in 2023.',
  'Hi {{n:Joris}}, het telefoonnummer van de leverancier staat in het contract ({{p:0800-0432}}). Het contractnummer is 2024/0567.',
  'Geachte heer {{n:Kaya}},\n\nWij hebben uw e-mail aan {{e:h.kaya@gmail.com}} ontvangen.',
  'Beste {{n:Esther}},\nDe heer {{n:Bouzid}} (geboren {{d:02-09-1983}}) is {{s:gedetineerd}} geweest; de VOG-aanvraag is daarom doorgezet naar Justis.\n{{n:Wouter}}',
  'Met vriendelijke groet,\n\n{{n:Hanneke Smits-van Oort}}\nDirectie Participatie\n{{p:+31 (0)6 2345 6789}}\n{{e:hanneke.smits@minszw.nl}}',
  'Van: Helpdesk Woo <helpdesk-woo@overheid.nl>\nAan: {{n:Dirk Wouters}} <{{e:d.wouters@gemeente-ede.nl}}>\nOnderwerp: Uw melding 2024-88431',
];
