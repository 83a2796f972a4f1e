import { disclosureLevel, type CitedGround } from '../core/woo';
import type { DisclosureLevel } from '../core';
import type { AttachmentGapReason } from './export-record';
import { GROUND_SEPARATOR } from './inventory-columns';

const WHY_UNREAD: Readonly<Record<AttachmentGapReason, string>> = {
  'unsupported-format': 'een bestandsformaat dat Bronvast niet leest',
  encrypted: 'versleuteld met een wachtwoord',
  damaged: 'beschadigd of niet wat de naam zegt',
  'no-text': 'zonder tekst, zoals een scan',
  'too-large': 'te groot om te lezen',
  'not-read': 'niet gelezen',
};

/**
 * The Toelichting sentences the inventory writes itself. The inventory is a Dutch document of
 * the Woo decision, so they are Dutch in every export.
 */
export const INVENTORY_TEXTS = {
  notAssessed: (level: DisclosureLevel | undefined, grounds: readonly CitedGround[]): string => {
    const base = 'Nog niet beoordeeld; niet openbaar tot de beoordeling.';
    if (level === undefined) return base;
    const cited = grounds.length === 0 ? '' : ` (${grounds.join(GROUND_SEPARATOR)})`;
    return `${base} Voorstel van Bronvast: ${disclosureLevel(level).inventory}${cited}.`;
  },
  unreadable: (reason: AttachmentGapReason): string =>
    `Nog niet beoordeeld: de tekst van de bijlage is niet te lezen (${WHY_UNREAD[reason]}).`,
  assessedOnOwnText: 'Beoordeling van de bijlage door Bronvast, op haar eigen tekst.',
} as const;
