/**
 * Applies `$select` to a resource: `@odata.*` annotations and `id` always stay; other
 * annotations, such as `@microsoft.graph.downloadUrl`, only when selected (Graph: "your app
 * needs to select the @microsoft.graph.downloadUrl property",
 * https://learn.microsoft.com/en-us/graph/api/driveitem-get-content).
 */
export function selectProperties(
  body: Record<string, unknown>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (select === undefined) return body;
  return Object.fromEntries(
    Object.entries(body).filter(
      ([name]) => name.startsWith('@odata.') || name === 'id' || select.includes(name),
    ),
  );
}
