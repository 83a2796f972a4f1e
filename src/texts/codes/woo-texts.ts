import type { DisclosureLevel, GroundCode, WooCategoryCode } from '../../core';
import { disclosureLevel, wooCategory, wooGround } from '../../core/woo';
import type { UiLanguage } from '../language';

/** A Woo fact as the surfaces show it: a label, and a plain-language explanation where known. */
export interface WooText {
  readonly label: string;
  readonly explanation?: string;
  readonly citation?: string;
}

/** The label of a disclosure level ("Deels openbaar" / "Partly public"). */
export function describeLevel(level: DisclosureLevel, lang: UiLanguage): string {
  return disclosureLevel(level).label[lang];
}

/** An exception ground: its label, what it protects in plain words, and how a decision cites it. */
export function describeGround(code: GroundCode, lang: UiLanguage): WooText {
  const ground = wooGround(code);
  return {
    label: ground.label[lang],
    explanation: ground.explanation[lang],
    citation: ground.citation,
  };
}

/** A Woo information category (art. 3.3): its label, citation and (Dutch only) TOOI definition. */
export function describeWooCategory(code: WooCategoryCode, lang: UiLanguage): WooText {
  const category = wooCategory(code);
  const label = category.label[lang];
  if (lang === 'en') return { label, citation: category.citation };
  return { label, explanation: category.definition, citation: category.citation };
}
