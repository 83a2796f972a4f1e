/**
 * The held-out set: case files of the kind a de-identification desk redacts (social support,
 * youth care, enforcement, complaints), mixed with a few news lines and chat. Written with the
 * others and not looked at while the recogniser was built: its figures are the fairer estimate.
 * Marks as in news.ts.
 */
export const HOLDOUT_SET: readonly string[] = [
  'Cliënt {{n:Johannes Petrus van Rooij}}, geboren 14-02-1961, woont samen met zijn partner {{n:Annie}} aan de {{a:Molenstraat 41}} in Veghel.',
  'Op 3 maart meldde buurvrouw {{n:Demi Verschoor}} dat er geschreeuw te horen was. {{n:Verschoor}} belde daarop de wijkagent.',
  'Gesprek met moeder ({{n:mw. Z. Haddou}}) en oom ({{n:Karim Haddou}}) over de plaatsing van {{n:Noah}}.',
  'Casusregisseur {{n:Ellen Kroes}} heeft contact gehad met de huisarts, dokter {{n:Brink}}.',
  'Toezichthouder {{n:L. Veenstra}} constateerde tijdens de controle op {{a:Industrieweg 17-19}} dat de opslag niet voldeed.',
  'De klacht van {{n:Karel Willemsen}} ({{a:Berkenhof 2, 6721 TA}} Bennekom) betreft het optreden van boa {{n:D. Aksoy}}.',
  'Betrokkene is bereikbaar op {{p:06 38 47 29 10}} en op het werk via {{p:+31 (0)26 355 66 77}}.',
  'Zoon {{n:Milan}} (12) gaat naar de Montessorischool; dochter {{n:Roos}} zit nog op het kinderdagverblijf De Kikker.',
  'Volgens {{n:Brouwer}} heeft de woningcorporatie Ymere de huurachterstand nooit gemeld.',
  'Aanwezig bij het keukentafelgesprek: {{n:Willem Hoekman}} (aanvrager), {{n:Gerda Hoekman-Blom}} (echtgenote) en consulent {{n:Sevda Arslan}}.',
  'KLAGER: {{n:PIETERNEL DE KONING}}\nADRES: {{a:KERKPAD 3}}, {{a:3945 AT}} COTHEN',
  'Het Wmo-loket van de gemeente Meierijstad, Markt 1, Veghel, is op dinsdag gesloten.',
  'Inspecteur {{n:Van den Heuvel}} van de Inspectie Gezondheidszorg en Jeugd adviseert de zorgaanbieder Lentis een verbeterplan op te stellen.',
  'Excuses voor de late reactie, {{n:Thijs}}. Ik heb {{n:Gonzalez}} gevraagd het dossier op te zoeken.',
  'Mevrouw {{n:Oosterbaan}} woont sinds de scheiding bij haar zus op {{a:Zuiderzeestraatweg 220}} in Oldebroek.',
  'De ouders, {{n:Tom}} en {{n:Anneloes de Graaf}}, willen dat de hulpverlening via Jeugdbescherming Gelderland loopt.',
  'In Rotterdam sprak minister {{n:Eppo Bruins}} met studenten van de Erasmus Universiteit over de bezuinigingen.',
  'Getuige {{n:Rachid B.}} verklaarde dat hij de scooter op de Dorpsweg had zien staan.',
  'Terugbelverzoek: meneer {{n:Hamersma}}, {{p:0513-412 345}}, over de WOZ-beschikking.',
  'Het onderzoek werd geleid door professor {{n:Joyce Browne}} van het UMC Utrecht.',
  'Ik heb net met {{n:Ingrid}} van Vluchtelingenwerk gebeld, zij komt donderdag langs.',
  'Na overleg met {{n:Sander Kooistra}}, {{n:Yara Haddad}} en {{n:Pim Jonker}} is besloten de zaak te sluiten.',
];
