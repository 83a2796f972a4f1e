import type { PersonalDataType } from '../../core';
import type { DisclosureReasonCode } from '../../core/disclosure';
import { isGroundCode, wooGround } from '../../core/woo';
import type { UiLanguage } from '../language';
import { countParam, param, type ReasonText } from './reason-text';

const PERSONAL_DATA: Readonly<
  Record<PersonalDataType, { nl: [string, string]; en: [string, string] }>
> = {
  bsn: {
    nl: ['burgerservicenummer', 'burgerservicenummers'],
    en: ['citizen service number (BSN)', 'citizen service numbers (BSN)'],
  },
  iban: {
    nl: ['bankrekeningnummer', 'bankrekeningnummers'],
    en: ['bank account number', 'bank account numbers'],
  },
  phone: { nl: ['telefoonnummer', 'telefoonnummers'], en: ['phone number', 'phone numbers'] },
  email: { nl: ['e-mailadres', 'e-mailadressen'], en: ['e-mail address', 'e-mail addresses'] },
  postcode: { nl: ['postcode', 'postcodes'], en: ['postcode', 'postcodes'] },
  'date-of-birth': {
    nl: ['geboortedatum', 'geboortedata'],
    en: ['date of birth', 'dates of birth'],
  },
  'person-name': {
    nl: ['naam van een persoon', 'namen van personen'],
    en: ["person's name", "people's names"],
  },
  'special-category': {
    nl: ['bijzonder persoonsgegeven', 'bijzondere persoonsgegevens'],
    en: ['special category of personal data', 'special categories of personal data'],
  },
};

const LABELS = new Map(Object.entries(PERSONAL_DATA));

function dataLabel(type: string, count: number | undefined, lang: UiLanguage): string {
  const labels = LABELS.get(type);
  const [one, many] =
    labels?.[lang] ??
    (lang === 'nl' ? ['persoonsgegeven', 'persoonsgegevens'] : ['personal data', 'personal data']);
  return count === undefined || count === 1
    ? `${lang === 'nl' ? 'een' : 'a'} ${one}`
    : `${count} ${many}`;
}

function groundLabel(code: string, lang: UiLanguage): string {
  if (!isGroundCode(code)) return '';
  const word = lang === 'nl' ? 'grond' : 'ground';
  return ` (${word} ${code}: ${wooGround(code).label[lang].toLowerCase()})`;
}

const wording = (r: Parameters<ReasonText['nl']>[0]): string => param(r, 'wording', '');
const quoted = (text: string): string => (text === '' ? '' : ` (‘${text}’)`);

/** Sentences for the reasons of the disclosure pre-assessment (src/core/disclosure). */
export const DISCLOSURE_TEXTS: Readonly<Record<DisclosureReasonCode, ReasonText>> = {
  'personal-data-found': {
    nl: (r) =>
      `Er ${(countParam(r, 'count') ?? 1) > 1 ? 'staan' : 'staat'} ${dataLabel(param(r, 'type'), countParam(r, 'count'), 'nl')} in het bericht${groundLabel(param(r, 'ground'), 'nl')}.`,
    en: (r) =>
      `The message contains ${dataLabel(param(r, 'type'), countParam(r, 'count'), 'en')}${groundLabel(param(r, 'ground'), 'en')}.`,
  },
  'special-category-about-person': {
    nl: () =>
      'Het bericht gaat over bijzondere persoonsgegevens van een genoemde persoon (zoals gezondheid of geloof); het valt daarom als geheel onder een absolute uitzonderingsgrond.',
    en: () =>
      'The message concerns special categories of personal data of a named person (such as health or religion); as a whole it therefore falls under an absolute exception ground.',
  },
  'personal-policy-opinion': {
    nl: (r) =>
      `Het bericht bevat persoonlijke beleidsopvattingen uit intern beraad${quoted(wording(r))}; die worden in beginsel niet openbaar gemaakt.`,
    en: (r) =>
      `The message contains personal policy opinions from internal deliberation${quoted(wording(r))}; these are in principle not made public.`,
  },
  'confidential-business-data': {
    nl: (r) =>
      `Het bericht bevat bedrijfsgegevens die vertrouwelijk aan de overheid zijn verstrekt${quoted(wording(r))}.`,
    en: (r) =>
      `The message contains business data supplied to the government in confidence${quoted(wording(r))}.`,
  },
  'economic-interest-state': {
    nl: (r) =>
      `Openbaarmaking kan de economische of financiële belangen van de overheid schaden${quoted(wording(r))}.`,
    en: (r) =>
      `Disclosure could harm the economic or financial interests of the government${quoted(wording(r))}.`,
  },
  'functioning-of-state': {
    nl: (r) =>
      `Openbaarmaking kan het goed functioneren van de overheid schaden${quoted(wording(r))}.`,
    en: (r) =>
      `Disclosure could harm the proper functioning of the government${quoted(wording(r))}.`,
  },
  'inspection-supervision': {
    nl: (r) =>
      `Het bericht gaat over inspectie, controle of toezicht dat nog loopt${quoted(wording(r))}.`,
    en: (r) =>
      `The message concerns inspection, control or supervision that is still under way${quoted(wording(r))}.`,
  },
  'already-published': {
    nl: (r) => `De informatie lijkt al openbaar te zijn${quoted(wording(r))}.`,
    en: (r) => `The information appears to be public already${quoted(wording(r))}.`,
  },
  'nothing-found': {
    nl: () =>
      'Er is geen persoonsgegeven of uitzonderingsgrond gevonden; het bericht kan naar verwachting openbaar.',
    en: () =>
      'No personal data or exception ground was found; the message can most likely be made public.',
  },
};
