/**
 * The demo tenant's retention label catalogue, as Microsoft Purview holds it. Only these names
 * can be applied (https://learn.microsoft.com/en-us/graph/api/driveitem-setretentionlabel: the
 * label must exist; "Retention labels don't need to be published in a retention label policy to
 * be applied using this method"). Behaviours are those of retentionLabelSettings
 * (https://learn.microsoft.com/en-us/graph/api/resources/retentionlabelsettings):
 * `retain`, `retainAsRecord` and `retainAsRegulatoryRecord`.
 */
export type RetentionBehavior = 'retain' | 'retainAsRecord' | 'retainAsRegulatoryRecord';

/** One label of the catalogue. */
export interface CatalogueLabel {
  readonly name: string;
  readonly behavior: RetentionBehavior;
}

/** The catalogue of the demo tenant. */
export const RETENTION_LABELS: readonly CatalogueLabel[] = [
  { name: 'Archiefwaardig - blijvend bewaren', behavior: 'retainAsRecord' },
  { name: 'Vernietigen na 10 jaar', behavior: 'retainAsRecord' },
  { name: 'Vernietigen na 5 jaar', behavior: 'retain' },
  { name: 'Wettelijk archiefstuk - onwijzigbaar', behavior: 'retainAsRegulatoryRecord' },
];

/** The catalogue's label of that name (compared case-insensitively); undefined when unknown. */
export function catalogueLabel(name: string): CatalogueLabel | undefined {
  const wanted = name.trim().toLowerCase();
  return RETENTION_LABELS.find((label) => label.name.toLowerCase() === wanted);
}
