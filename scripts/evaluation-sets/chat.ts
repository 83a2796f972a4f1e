/**
 * Chat: short Teams messages between colleagues, with first names alone, mentions, lists and
 * phone numbers typed any way. Marks as in news.ts and letters.ts.
 */
export const CHAT_SET: readonly string[] = [
  'Hoi {{n:Sanne}}, kun jij de nota nog even checken voordat hij naar {{n:Pieter}} gaat?',
  '@{{n:Bram de Wit}} de raadsvragen staan in de map van het team',
  'ok top, ik bel {{n:Youssef}} morgen wel even',
  '{{n:Lotte}} is vandaag ziek, {{n:Daan}} neemt haar overleg van 14:00 over',
  'Kan iemand {{n:mevrouw Jacobs}} terugbellen? Ze belde over haar bezwaar, nummer is {{p:06-1234 5678}}',
  'Wie zit er morgen bij het overleg met Stedin? {{n:Kevin}}, {{n:Esther}} en ik in ieder geval',
  'Thanks {{n:Gijs}}!',
  'De wethouder wil vrijdag een update, {{n:Marieke}} maakt de memo',
  'Nummer van die aannemer is {{p:010 - 234 56 78}}, vraag naar {{n:Henk}}',
  'Ik heb net {{n:El Khatib}} gesproken, hij gaat akkoord met de nieuwe datum',
  'Zet het maar in Teams, dan kijken {{n:Joost}} en {{n:Anouk}} er maandag naar',
  'Vergeet niet dat het stuk vóór 12 uur bij Bestuursondersteuning moet liggen',
  'bel me even op {{p:0612345678}} als je klaar bent',
  '{{n:Fenna}} zit tot woensdag in Maastricht voor de VNG-dag',
  'Heeft iemand het nummer van {{n:Jeroen Hermans}} van de GGD? Ik heb alleen {{p:+31 30 608 6 608}}',
  'Goedemorgen allemaal! Vandaag om 10:00 de stand-up in de Brouwerzaal',
  'Volgens mij heeft {{n:Kuiper}} die offerte al goedgekeurd',
  'Mail van {{n:Ricardo Gomes}} staat in de gedeelde inbox, wie pakt hem op?',
  'Is het Stadhuis vandaag open of alleen op afspraak?',
  'Top, dank {{n:Femke}} en {{n:Wim}} 👍',
  'Stuur het maar naar {{e:priya.ramdin@denhaag.nl}}, die zit er bovenop',
  'bsn van die aanvrager is {{b:279711475}} toch? check even',
];
