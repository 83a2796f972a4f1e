/**
 * Why the core concluded something, as a code with parameters; the surfaces turn it into a
 * Dutch or English sentence (STYLE.md habit 7). `weight` is the signed contribution (positive
 * pushes towards the conclusion), so reasons can be ranked and shown strongest first.
 */
export interface Reason {
  readonly code: string;
  readonly weight: number;
  readonly params?: Readonly<Record<string, string | number>>;
}
