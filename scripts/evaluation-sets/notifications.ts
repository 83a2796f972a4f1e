/**
 * Dutch automated mail of kinds the notification templates of the corpora do not hold: system
 * notices, confirmations and receipts, reminders, portal messages and government newsletters,
 * written for this set. None is policy-relevant; the quality bench reports the share the model
 * calls relevant. Each: [from name, from address, subject, body].
 */
export const NOTIFICATIONS_SET: readonly (readonly [string, string, string, string])[] = [
  [
    'MijnOverheid',
    'noreply@mijnoverheid.nl',
    'U heeft een nieuw bericht in uw Berichtenbox',
    'Beste heer/mevrouw,\n\nU heeft een nieuw bericht ontvangen in uw Berichtenbox van MijnOverheid. Het bericht is verstuurd door de Belastingdienst.\n\nLog in op MijnOverheid.nl met uw DigiD om het bericht te lezen.\n\nDit is een automatisch verzonden e-mail. U kunt niet reageren op deze e-mail.',
  ],
  [
    'DigiD',
    'digid@digid.nl',
    'Uw DigiD is gebruikt om in te loggen',
    'Geachte heer/mevrouw,\n\nOp 12 maart 2025 om 09:14 is met uw DigiD ingelogd bij Gemeente Utrecht.\n\nWas u dit niet? Wijzig dan direct uw wachtwoord via www.digid.nl.\n\nMet vriendelijke groet,\nLogius',
  ],
  [
    'Gemeente Rotterdam',
    'noreply@rotterdam.nl',
    'Ontvangstbevestiging melding MOR-2025-88121',
    'Bedankt voor uw melding over de openbare ruimte. Wij hebben uw melding goed ontvangen en geregistreerd onder nummer MOR-2025-88121.\n\nU ontvangt binnen 5 werkdagen bericht over de afhandeling.\n\nReageer niet op deze e-mail; deze mailbox wordt niet gelezen.',
  ],
  [
    'Zaaksysteem',
    'zaaksysteem@gemeente-ede.nl',
    'Taak toegewezen: beoordelen aanvraag Z2025-004512',
    'Er is een taak aan u toegewezen.\n\nZaak: Z2025-004512\nZaaktype: Omgevingsvergunning\nTaak: Beoordelen volledigheid\nStreefdatum: 21-03-2025\n\nOpen de zaak in het zaaksysteem om de taak op te pakken.',
  ],
  [
    'Rijksoverheid',
    'nieuwsbrief@rijksoverheid.nl',
    'Nieuwsbrief Wonen en Ruimte - maart 2025',
    'In deze nieuwsbrief:\n- Nieuwe regels voor huurtoeslag per 1 juli\n- Kabinet investeert in betaalbare woningen\n- Agenda: webinar Omgevingswet\n\nBekijk deze e-mail in uw browser.\nU ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan via uw profiel.',
  ],
  [
    'Outlook',
    'no-reply@microsoft.com',
    'Uw postvak is bijna vol',
    'Uw postvak heeft 95% van de maximale grootte bereikt. Verwijder items die u niet meer nodig hebt of archiveer ze, anders kunt u binnenkort geen berichten meer verzenden.\n\nDit bericht is automatisch gegenereerd.',
  ],
  [
    'Servicedesk ICT',
    'servicedesk@provincie-utrecht.nl',
    'Melding 457812 is opgelost',
    'Beste collega,\n\nUw melding 457812 (printer 3e verdieping werkt niet) is opgelost en wordt over 3 dagen automatisch gesloten.\n\nBent u niet tevreden over de oplossing? Reageer dan binnen 3 dagen op deze e-mail.\n\nServicedesk ICT',
  ],
  [
    'Belastingdienst',
    'noreply@belastingdienst.nl',
    'Herinnering: aangifte inkomstenbelasting 2024',
    'Geachte heer/mevrouw,\n\nU heeft nog geen aangifte inkomstenbelasting over 2024 gedaan. Doe uw aangifte voor 1 mei 2025 via Mijn Belastingdienst.\n\nDeze e-mail is automatisch verstuurd.',
  ],
  [
    'PostNL',
    'noreply@postnl.nl',
    'Je pakket komt vandaag',
    'Goed nieuws! Je pakket van Bol.com wordt vandaag tussen 14:15 en 16:15 bezorgd.\n\nVolg je pakket met de track & trace code 3SABCD123456789.\n\nGroeten, PostNL',
  ],
  [
    'Teams',
    'noreply@email.teams.microsoft.com',
    'Je hebt berichten gemist in Teams',
    'Je hebt 4 ongelezen berichten in het kanaal Algemeen van het team Programma Wonen.\n\nOpen Teams om ze te bekijken.\n\nJe ontvangt deze e-mail omdat je meldingen per e-mail hebt ingeschakeld.',
  ],
  [
    'Gemeente Utrecht',
    'noreply@utrecht.nl',
    'Bevestiging van uw afspraak',
    'U heeft een afspraak gemaakt voor het aanvragen van een paspoort.\n\nDatum: donderdag 20 maart 2025\nTijd: 10:40 uur\nLocatie: Stadskantoor, Stadsplateau 1\n\nNeem een pasfoto en uw huidige identiteitsbewijs mee. Wilt u de afspraak wijzigen? Gebruik de link in deze e-mail.',
  ],
  [
    'Inkoopportaal',
    'no-reply@tenderned.nl',
    'Nieuwe publicatie die past bij uw zoekprofiel',
    'Er is een nieuwe aanbesteding gepubliceerd die past bij uw zoekprofiel "Groenonderhoud":\n\nOnderhoud openbaar groen gemeente Zeist 2025-2028\nSluitingsdatum: 15 april 2025\n\nBekijk de publicatie op TenderNed.',
  ],
  [
    'Declaratiesysteem',
    'noreply@werkplek.rijksoverheid.nl',
    'Je declaratie is goedgekeurd',
    'Je declaratie D-2025-0331 (reiskosten februari, € 84,20) is goedgekeurd door je leidinggevende en wordt met de salarisbetaling van maart uitbetaald.',
  ],
  [
    'Verlofregistratie',
    'p-direkt@rijksoverheid.nl',
    'Verlofaanvraag goedgekeurd',
    'Uw verlofaanvraag van 14-04-2025 tot en met 18-04-2025 is goedgekeurd. Uw resterende verlofsaldo is 62 uur.\n\nDit is een automatisch bericht van P-Direkt.',
  ],
  [
    'Agenda',
    'calendar-notification@gemeente-breda.nl',
    'Herinnering: Stuurgroep Binnenstad om 14:00',
    'Herinnering\n\nStuurgroep Binnenstad\ndinsdag 18 maart 2025 14:00 - 15:30\nRaadzaal, Stadskantoor\n\nDeelnemen aan Microsoft Teams-vergadering\nKlik hier om deel te nemen',
  ],
  [
    'SharePoint',
    'no-reply@sharepointonline.com',
    'Iemand heeft een document met u gedeeld',
    'Karin heeft het document "Concept raadsvoorstel parkeerbeleid.docx" met u gedeeld.\n\nOpenen\n\nDit e-mailbericht is verzonden omdat iemand een bestand met u heeft gedeeld.',
  ],
  [
    'VNG',
    'nieuwsbrief@vng.nl',
    'VNG Nieuwsbrief - week 11',
    'Het laatste nieuws voor gemeenten\n\nLedenbrief: uitvoering Wet inburgering\nGemeentefonds: meicirculaire verschijnt later\nEvenementen: Jaarcongres VNG 2025\n\nU ontvangt deze nieuwsbrief als medewerker van een lidgemeente. Uitschrijven',
  ],
  [
    'Omgevingsloket',
    'noreply@omgevingswet.overheid.nl',
    'Uw aanvraag is ingediend',
    'Uw aanvraag met verzoeknummer 9876543 is op 11 maart 2025 ingediend bij het bevoegd gezag gemeente Amersfoort.\n\nU ontvangt een ontvangstbevestiging van het bevoegd gezag. Dit bericht kunt u niet beantwoorden.',
  ],
  [
    'Parkeren Amsterdam',
    'noreply@amsterdam.nl',
    'Uw parkeervergunning wordt verlengd',
    'Beste bewoner,\n\nUw parkeervergunning voor kenteken XX-123-X wordt op 1 april automatisch verlengd. Het bedrag van € 267,37 wordt van uw rekening afgeschreven.\n\nMet vriendelijke groet,\nGemeente Amsterdam',
  ],
  [
    'Studielink',
    'noreply@studielink.nl',
    'Wijziging in je Studielink-account',
    'Er is een wijziging doorgevoerd in je persoonlijke gegevens in Studielink. Heb je deze wijziging niet zelf gedaan? Neem dan contact op met je onderwijsinstelling.',
  ],
  [
    'Beveiliging',
    'security@gemeente-tilburg.nl',
    'Verificatiecode voor aanmelden',
    'Uw verificatiecode is: 482913\n\nDeze code is 10 minuten geldig. Deel deze code met niemand.',
  ],
  [
    'Archief',
    'dms-noreply@waterschap-aa-en-maas.nl',
    'Document geregistreerd in DMS',
    'Het document "Inkomende brief Vereniging Natuurmonumenten" is geregistreerd onder nummer WS-IN-2025-01133 en toegewezen aan afdeling Vergunningverlening.',
  ],
  [
    'Provincie Gelderland',
    'nieuws@gelderland.nl',
    'Gelderland Nu: nieuws uit de provincie',
    'Nieuws uit Gelderland\n\nProvincie investeert 12 miljoen in fietspaden\nNieuwe subsidieregeling voor dorpshuizen open\nGedeputeerde opent zonnepark Nijmegen\n\nLees verder op gelderland.nl. Wilt u deze nieuwsbrief niet meer ontvangen? Meld u hier af.',
  ],
  [
    'Webinar',
    'events@kinggemeenten.nl',
    'Bevestiging van uw inschrijving: webinar Informatiebeheer',
    'Bedankt voor uw inschrijving voor het webinar "Informatiebeheer in de praktijk" op 3 april 2025 om 10:00 uur.\n\nDe link om deel te nemen ontvangt u een dag van tevoren. Voeg de afspraak toe aan uw agenda.',
  ],
  [
    'Facturatie',
    'facturen@leverancier-groen.nl',
    'Factuur 2025-0456 van Groen & Co',
    'Geachte relatie,\n\nIn de bijlage vindt u factuur 2025-0456 voor de werkzaamheden in februari. Wij verzoeken u het bedrag van € 3.412,50 binnen 30 dagen te voldoen.\n\nMet vriendelijke groet,\nAdministratie Groen & Co',
  ],
  [
    'Wachtwoord',
    'noreply@gemeente-zwolle.nl',
    'Uw wachtwoord verloopt over 5 dagen',
    'Uw wachtwoord voor het gemeentelijk netwerk verloopt over 5 dagen. Wijzig uw wachtwoord via Ctrl+Alt+Del of via het selfserviceportaal.\n\nDit is een automatisch gegenereerd bericht.',
  ],
  [
    'Klantcontactcentrum',
    'noreply@denhaag.nl',
    'Wij hebben uw vraag ontvangen',
    'Beste mevrouw Bakker,\n\nBedankt voor uw vraag via het contactformulier. Uw vraag heeft nummer KCC-771204. Wij nemen binnen 2 werkdagen contact met u op.\n\nMet vriendelijke groet,\nGemeente Den Haag',
  ],
  [
    'Inspectie',
    'nieuwsbrief@ilent.nl',
    'ILT-nieuwsbrief april',
    'Nieuws van de Inspectie Leefomgeving en Transport\n\nToezicht op vuurwerkopslag aangescherpt\nNieuwe rapportage over veiligheid spoorwegovergangen\n\nU bent geabonneerd op deze nieuwsbrief. Wijzig uw abonnement of meld u af.',
  ],
  [
    'Printer',
    'scanner@gemeente-almere.nl',
    'Gescand document van MFP-3B',
    "Document gescand op MFP-3B.\nAantal pagina's: 4\nBijlage: scan_20250312_101455.pdf",
  ],
  [
    'Microsoft 365',
    'quarantine@messaging.microsoft.com',
    'U hebt 3 berichten in quarantaine',
    'Berichten in quarantaine\n\nDe volgende berichten zijn als spam aangemerkt en in quarantaine geplaatst. Controleer ze en geef ze vrij als ze geen spam zijn.\n\nBekijk berichten in quarantaine',
  ],
];
