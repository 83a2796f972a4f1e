/** Applies `$select` to a resource: `@odata.*` annotations and `id` always stay. */
export function selectProperties(
  body: Record<string, unknown>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (select === undefined) return body;
  return Object.fromEntries(
    Object.entries(body).filter(
      ([name]) => name.startsWith('@') || name === 'id' || select.includes(name),
    ),
  );
}
