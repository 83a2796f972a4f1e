/**
 * The environment variable that names the records managers' Entra ID group (its object id),
 * as the add-in is built with it; `--records-managers-group` wins.
 */
export const RECORDS_MANAGERS_GROUP_VARIABLE = 'BRONVAST_RECORDS_MANAGERS_GROUP';

/** The group from the option or the environment; undefined when neither names one. */
export function recordsManagersGroupOf(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const group = (option ?? env[RECORDS_MANAGERS_GROUP_VARIABLE] ?? '').trim();
  return group === '' ? undefined : group;
}
