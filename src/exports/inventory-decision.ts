import { disclosureLevel, type CitedGround, WOO_GROUNDS } from '../core/woo';
import type { DisclosureLevel } from '../core';
import type { ExportAttachment, ExportRecord } from './export-record';
import { GROUND_SEPARATOR } from './inventory-columns';
import { INVENTORY_TEXTS } from './inventory-texts';
import { supportsElectedMembers } from './tooi-organisation';
import type { InventoryOptions } from './inventory-options';

/** What a row says about disclosure: its Beoordeling, grounds and Toelichting. */
export interface RowDecision {
  readonly beoordeling: 'Openbaar' | 'Deels openbaar' | 'Niet openbaar' | 'Reeds openbaar';
  readonly beoordelingsgrond: string;
  readonly toelichting: string;
  /**
   * What the Beoordeling rests on: the review of the record (`review`), the core's assessment of
   * an attachment's own text in an accepted record (`attachment-text`), or nothing: "Niet
   * openbaar" stated for a document nobody assessed (`none`).
   */
  readonly basis: 'review' | 'attachment-text' | 'none';
  /** Grounds the record holds that do not apply to its row and were left out. */
  readonly dropped: readonly CitedGround[];
}

const ORDER = new Map<string, number>(WOO_GROUNDS.map((ground, index) => [ground.code, index]));
const WITHHOLDS: ReadonlySet<DisclosureLevel> = new Set(['deels-openbaar', 'niet-openbaar']);

/** Whether a record's assessment is a decision: a records manager accepted the record. */
export function isDecided(record: ExportRecord): boolean {
  return (
    record.metadata.reviewStatus === 'geaccepteerd' && record.metadata.assessment !== undefined
  );
}

/**
 * The grounds a row cites: only where something is withheld (a ground names why), in the
 * order of the law with `dubbel` last; art. 5.4a only for an organisation it applies to.
 */
function citedGrounds(
  level: DisclosureLevel,
  grounds: readonly CitedGround[],
  options: InventoryOptions,
) {
  const applies = (ground: CitedGround) =>
    WITHHOLDS.has(level) &&
    (ground !== '5.4a' ||
      (options.organisation !== undefined && supportsElectedMembers(options.organisation)));
  const kept = [...new Set(grounds)].filter(applies);
  kept.sort((a, b) => (ORDER.get(a) ?? ORDER.size) - (ORDER.get(b) ?? ORDER.size));
  return { kept, dropped: grounds.filter((ground) => !applies(ground)) };
}

function undecided(toelichting: string): RowDecision {
  return {
    beoordeling: 'Niet openbaar',
    beoordelingsgrond: '',
    toelichting,
    basis: 'none',
    dropped: [],
  };
}

function decided(
  basis: 'review' | 'attachment-text',
  level: DisclosureLevel,
  grounds: readonly CitedGround[],
  toelichting: string,
  options: InventoryOptions,
): RowDecision {
  const { kept, dropped } = citedGrounds(level, grounds, options);
  return {
    beoordeling: disclosureLevel(level).inventory,
    beoordelingsgrond: kept.join(GROUND_SEPARATOR),
    toelichting,
    basis,
    dropped,
  };
}

/**
 * A record row's decision: the record's assessment once a records manager accepted it; before
 * that "Niet openbaar" (as the platform reads any other value), with the Toelichting saying it
 * is not yet assessed and what Bronvast proposed.
 */
export function recordDecision(record: ExportRecord, options: InventoryOptions): RowDecision {
  const { assessment, grounds = [], toelichting = '' } = record.metadata;
  if (isDecided(record) && assessment !== undefined)
    return decided('review', assessment, grounds, toelichting, options);
  return undecided(INVENTORY_TEXTS.notAssessed(assessment, grounds));
}

/**
 * An attachment row's decision: its own assessment by the core, once its mail's record was
 * accepted; unassessed ("Niet openbaar", with why) when its text could not be read or its mail
 * is not yet assessed. An attachment never takes its mail's assessment.
 */
export function attachmentDecision(
  attachment: ExportAttachment,
  mailDecided: boolean,
  options: InventoryOptions,
): RowDecision {
  if (attachment.kind === 'unassessed')
    return undecided(INVENTORY_TEXTS.unreadable(attachment.reason));
  if (!mailDecided)
    return undecided(INVENTORY_TEXTS.notAssessed(attachment.level, attachment.grounds));
  return decided(
    'attachment-text',
    attachment.level,
    attachment.grounds,
    INVENTORY_TEXTS.assessedOnOwnText,
    options,
  );
}
