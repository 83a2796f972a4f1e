import { WOO_CATEGORIES } from '../../core/woo';
import type { WOO_CATEGORY_REASON_CODES } from '../../core/woo/category-suggest';
import type { UiLanguage } from '../language';
import { param, type ReasonText } from './reason-text';

type WooCategoryReasonCode = (typeof WOO_CATEGORY_REASON_CODES)[number];

/** The category by name and article, e.g. ‘jaarplan of jaarverslag’ (art. 3.3 lid 2 onderdeel d Woo). */
function categoryName(code: string, lang: UiLanguage): string {
  const category = WOO_CATEGORIES.find((candidate) => candidate.code === code);
  return category === undefined ? code : `‘${category.label[lang]}’ (${category.citation})`;
}

/** Sentences for the reasons of the Woo information category suggestion (src/core/woo). */
export const WOO_CATEGORY_TEXTS: Readonly<Record<WooCategoryReasonCode, ReasonText>> = {
  'document-in-attachment': {
    nl: (r) =>
      `De bijlage ${param(r, 'name')} is een document van de categorie ${categoryName(param(r, 'category'), 'nl')}.`,
    en: (r) =>
      `The attachment ${param(r, 'name')} is a document of the category ${categoryName(param(r, 'category'), 'en')}.`,
  },
  'document-in-subject': {
    nl: (r) =>
      `Het onderwerp noemt een document van de categorie ${categoryName(param(r, 'category'), 'nl')}.`,
    en: (r) =>
      `The subject names a document of the category ${categoryName(param(r, 'category'), 'en')}.`,
  },
  'document-in-body': {
    nl: (r) =>
      `De tekst${quoted(param(r, 'wording', ''))} wijst op een document van de categorie ${categoryName(param(r, 'category'), 'nl')}.`,
    en: (r) =>
      `The text${quoted(param(r, 'wording', ''))} points to a document of the category ${categoryName(param(r, 'category'), 'en')}.`,
  },
};

function quoted(wording: string): string {
  return wording === '' ? '' : ` (‘${wording}’)`;
}
