import { KAMERBRIEF_START } from './mail-conversation';
import type { SeedMail } from './mail-builder';
import { PEOPLE } from './users';
import { DOSSIER_QUESTION } from './mail-manager';

/** Sanne's Sent Items. */
export const OFFICER_SENT: readonly SeedMail[] = [
  KAMERBRIEF_START,
  {
    from: PEOPLE.sanne,
    to: [PEOPLE.vng],
    cc: [PEOPLE.pieter],
    subject:
      'RE: Reactie VNG op internetconsultatie Wet modernisering elektronisch bestuurlijk verkeer',
    at: '2025-11-07T09:18:00Z',
    text: `Beste Lotte,

Dank voor de reactie van de VNG. Wij nemen de invoeringstermijn en de vraag over de ontvangstbevestiging mee in de verwerking van de consultatie (BZK-2025-0042). Ik stel voor dat we in de week van 24 november een gesprek plannen; Pieter stuurt een uitnodiging.

Met vriendelijke groet,
Sanne de Vries`,
  },
  DOSSIER_QUESTION,
  {
    from: PEOPLE.sanne,
    to: [PEOPLE.fatima],
    subject: 'RE: Juridisch advies reikwijdte Woo bij chatberichten',
    at: '2025-11-06T08:30:00Z',
    text: `Dank je Fatima, heel helder. Ik neem de bewaarplicht over in versie 0.4 van de nota en leg die volgende week aan Jeroen voor.

Groet,
Sanne`,
  },
];
