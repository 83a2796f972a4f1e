/**
 * The organisation's own mail domains, as one comma-separated setting read the same way by
 * every surface (the add-in's build setting and the command line's option or environment
 * variable, both `BRONVAST_ORGANISATION_DOMAINS`), so a mail gets the same assessment in the
 * pane and in `bronvast assess`. An empty list means: the sender's domain is the organisation's.
 */
export function readOrganisationDomains(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase())
    .filter((domain) => domain !== '');
}
