/** Thrown only for bugs: a state the code believed impossible (STYLE.md habit 5). */
export function invariant(condition: unknown, code: string): asserts condition {
  if (!condition) throw new Error(`invariant failed: ${code}`);
}
