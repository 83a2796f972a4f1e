import { readFile } from 'node:fs/promises';
import {
  applyAdjustment,
  NO_ADJUSTMENT,
  parseAdjustment,
  shippedModel,
  type RelevanceModel,
} from '../../core/relevance';

/** The model `--relevance-adjustment` gives, or the shipped one when the file is no adjustment. */
export type LoadedAdjustment =
  | { readonly kind: 'adjusted'; readonly model: RelevanceModel }
  | { readonly kind: 'unreadable'; readonly model: RelevanceModel };

/**
 * Reads `--relevance-adjustment`: a copy of the site's `BronvastSettings/relevance-adjustment.json`.
 * A file that cannot be read or is not an adjustment gives the shipped weights, flagged.
 */
export async function loadAdjustmentFile(path: string): Promise<LoadedAdjustment> {
  try {
    const adjustment = parseAdjustment(JSON.parse(await readFile(path, 'utf8')));
    // parseAdjustment answers the shared empty value only for what is not an adjustment.
    if (adjustment !== NO_ADJUSTMENT)
      return { kind: 'adjusted', model: applyAdjustment(shippedModel(), adjustment) };
  } catch {
    // Unreadable or not JSON: the same as a file of another shape.
  }
  return { kind: 'unreadable', model: shippedModel() };
}
