import type { DisclosureLevel } from '../woo-codes';
import type { LocalizedText } from './localized-text';

/** A disclosure level with its labels and the spelling the Woo inventory list uses. */
export interface DisclosureLevelInfo {
  readonly level: DisclosureLevel;
  readonly label: LocalizedText;
  readonly inventory: 'Openbaar' | 'Deels openbaar' | 'Niet openbaar' | 'Reeds openbaar';
}

const BY_LEVEL: Readonly<Record<DisclosureLevel, DisclosureLevelInfo>> = {
  openbaar: { level: 'openbaar', label: { nl: 'Openbaar', en: 'Public' }, inventory: 'Openbaar' },
  'deels-openbaar': {
    level: 'deels-openbaar',
    label: { nl: 'Deels openbaar', en: 'Partly public' },
    inventory: 'Deels openbaar',
  },
  'niet-openbaar': {
    level: 'niet-openbaar',
    label: { nl: 'Niet openbaar', en: 'Not public' },
    inventory: 'Niet openbaar',
  },
  'reeds-openbaar': {
    level: 'reeds-openbaar',
    label: { nl: 'Reeds openbaar', en: 'Already public' },
    inventory: 'Reeds openbaar',
  },
};

/** The label of every level in one language, for a surface's texts. */
export function disclosureLevelLabels(
  language: keyof LocalizedText,
): Readonly<Record<DisclosureLevel, string>> {
  return {
    openbaar: BY_LEVEL.openbaar.label[language],
    'deels-openbaar': BY_LEVEL['deels-openbaar'].label[language],
    'niet-openbaar': BY_LEVEL['niet-openbaar'].label[language],
    'reeds-openbaar': BY_LEVEL['reeds-openbaar'].label[language],
  };
}

/** The levels from most to least open, with "already public" last. */
export const DISCLOSURE_LEVELS: readonly DisclosureLevelInfo[] = Object.values(BY_LEVEL);

/** The labels and inventory spelling of a level. */
export function disclosureLevel(level: DisclosureLevel): DisclosureLevelInfo {
  return BY_LEVEL[level];
}

/** The level an inventory cell names ("Deels openbaar", case and spaces ignored), or null. */
export function levelFromInventory(cell: string): DisclosureLevel | null {
  const normalised = cell.trim().replace(/\s+/g, ' ').toLowerCase();
  const info = DISCLOSURE_LEVELS.find((c) => c.inventory.toLowerCase() === normalised);
  return info?.level ?? null;
}
