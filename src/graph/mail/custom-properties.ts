/**
 * Where Outlook keeps an add-in's custom properties (`item.loadCustomPropertiesAsync`) on a
 * message: one string named property in PS_PUBLIC_STRINGS, `cecp-<add-in id>`, holding a JSON
 * object of name/value pairs ([MS-OXCEXT] 2.2.5,
 * https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxcext/4cf1da5e-c68e-433e-a97e-c45625483481).
 * Graph reads it as a single-value extended property in the "{type} {guid} Name {name}" form
 * (https://learn.microsoft.com/graph/api/resources/extended-properties-overview). The property
 * stays on the copy in Sent Items (https://learn.microsoft.com/javascript/api/outlook/office.customproperties).
 */
const PS_PUBLIC_STRINGS = '{00020329-0000-0000-C000-000000000046}';

/**
 * The extended property id of an add-in's custom properties. The id part is derived as
 * [MS-OXCEXT] says: lower case, without braces and without a `urn:uuid:` prefix.
 */
export function customPropertiesId(addinId: string): string {
  const derived = addinId
    .toLowerCase()
    .replace(/[{}]/g, '')
    .replace(/^urn:uuid:/, '');
  return `String ${PS_PUBLIC_STRINGS} Name cecp-${derived}`;
}

/** The custom properties in the property's JSON value; only string values are kept. */
export function parseCustomProperties(value: string | undefined): Readonly<Record<string, string>> {
  if (value === undefined || value === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
