import { BODY_UNREADABLE } from '../../core/unreadable-body';
import type { ReasonText } from './reason-text';

/** Sentences for what the core says about the mail itself (src/core/unreadable-body.ts). */
export const MAIL_TEXTS: Readonly<Record<typeof BODY_UNREADABLE, ReasonText>> = {
  [BODY_UNREADABLE]: {
    nl: () =>
      'De inhoud van dit bericht kon niet worden gelezen. Het is vastgelegd zoals het is; deze beoordeling rust alleen op de gegevens uit de mailbox.',
    en: () =>
      'The content of this message could not be read. It is filed as it is; this assessment rests on the mailbox data alone.',
  },
};
