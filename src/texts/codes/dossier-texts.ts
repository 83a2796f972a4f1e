import type { DossierReasonCode } from '../../core/dossier/index';
import { countParam, param, type ReasonText } from './reason-text';

const times = (count: number | undefined, one: string, many: string): string =>
  count === undefined ? many : count === 1 ? one : `${count} ${many}`;

function byColleaguesNl(filedBy: string): string {
  return filedBy === '' ? '' : `, vastgelegd door ${filedBy}`;
}

function byColleaguesEn(filedBy: string): string {
  return filedBy === '' ? '' : `, filed by ${filedBy}`;
}

/** Sentences for the reasons of a dossier suggestion (src/core/dossier). */
export const DOSSIER_TEXTS: Readonly<Record<DossierReasonCode, ReasonText>> = {
  'kenmerk-in-subject': {
    nl: (r) => `Het kenmerk ${param(r, 'kenmerk')} van dit dossier staat in het onderwerp.`,
    en: (r) => `This dossier's reference ${param(r, 'kenmerk')} is in the subject.`,
  },
  'kenmerk-in-body': {
    nl: (r) => `Het kenmerk ${param(r, 'kenmerk')} van dit dossier staat in de tekst.`,
    en: (r) => `This dossier's reference ${param(r, 'kenmerk')} is in the text.`,
  },
  'conversation-filed': {
    nl: (r) => {
      const count = countParam(r, 'count');
      const share = countParam(r, 'share');
      const what = times(count, 'Een eerder bericht', 'eerdere berichten');
      const part = share === undefined ? '' : ` (${share}% van de vastgelegde berichten)`;
      return `${capitalise(what)} uit deze conversatie ${count === 1 ? 'is' : 'zijn'} in dit dossier vastgelegd${part}.`;
    },
    en: (r) => {
      const count = countParam(r, 'count');
      const share = countParam(r, 'share');
      const what = times(count, 'An earlier message', 'earlier messages');
      const part = share === undefined ? '' : ` (${share}% of the filed messages)`;
      return `${capitalise(what)} of this conversation ${count === 1 ? 'was' : 'were'} filed in this dossier${part}.`;
    },
  },
  'subject-filed': {
    nl: (r) => {
      const count = countParam(r, 'count');
      const share = countParam(r, 'share');
      const what = times(count, 'Een bericht', 'berichten');
      const part = share === undefined ? '' : ` (${share}% van die berichten)`;
      return `${capitalise(what)} met hetzelfde onderwerp ${count === 1 ? 'is' : 'zijn'} in dit dossier vastgelegd, ook door collega's${part}.`;
    },
    en: (r) => {
      const count = countParam(r, 'count');
      const share = countParam(r, 'share');
      const what = times(count, 'A message', 'messages');
      const part = share === undefined ? '' : ` (${share}% of those messages)`;
      return `${capitalise(what)} with the same subject ${count === 1 ? 'was' : 'were'} filed in this dossier, by colleagues too${part}.`;
    },
  },
  'correspondent-history': {
    nl: (r) =>
      `Mail met ${param(r, 'correspondent')} is eerder in dit dossier vastgelegd (${times(countParam(r, 'count'), 'één keer', 'keer')}${byColleaguesNl(param(r, 'filedBy', ''))}).`,
    en: (r) =>
      `Mail with ${param(r, 'correspondent')} was filed in this dossier before (${times(countParam(r, 'count'), 'once', 'times')}${byColleaguesEn(param(r, 'filedBy', ''))}).`,
  },
  'similar-text': {
    nl: (r) =>
      `De tekst lijkt op de beschrijving en de stukken van dit dossier (${param(r, 'similarity')}% overeenkomst; gedeelde termen: ${param(r, 'terms')}).`,
    en: (r) =>
      `The text resembles this dossier's description and records (${param(r, 'similarity')}% similar; shared terms: ${param(r, 'terms')}).`,
  },
  'similar-filed-message': {
    nl: (r) =>
      `Het bericht lijkt sterk op ‘${param(r, 'subject')}’, dat in dit dossier is vastgelegd (${param(r, 'similarity')}% overeenkomst${byColleaguesNl(param(r, 'filedBy', ''))}).`,
    en: (r) =>
      `The message closely resembles ‘${param(r, 'subject')}’, filed in this dossier (${param(r, 'similarity')}% similar${byColleaguesEn(param(r, 'filedBy', ''))}).`,
  },
  'dossier-closed': {
    nl: () => 'Dit dossier is gesloten; controleer of het bericht hier nog thuishoort.',
    en: () => 'This dossier is closed; check whether the message still belongs here.',
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
