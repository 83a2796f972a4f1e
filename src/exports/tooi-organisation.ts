import type { ExportOrganisation } from './export-config';
import { TOOI_ORGANISATION_LISTS } from './tooi-organisations-data';

/** The TOOI organisation lists that DiWoo accepts as publisher, by the kind in their ids. */
export type OrganisationKind =
  'col' | 'gemeente' | 'ministerie' | 'provincie' | 'oorg' | 'so' | 'waterschap' | 'zbo';

/** An organisation found on its TOOI list, with the name the list gives it. */
export interface ListedOrganisation {
  readonly kind: OrganisationKind;
  readonly tooiUri: string;
  readonly listedName: string;
}

/** Why an organisation cannot publish or archive: not a TOOI id, or not on its list. */
export type OrganisationError = 'invalid-organisation' | 'unlisted-organisation';

const TOOI_ID = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/([a-z]+)\/([a-z0-9_]+)$/;
const KINDS: readonly OrganisationKind[] = [
  'col',
  'gemeente',
  'ministerie',
  'provincie',
  'oorg',
  'so',
  'waterschap',
  'zbo',
];

let lists: ReadonlyMap<string, string> | undefined;

// The lists (about 50 kB of text) are parsed with the first check. They are imported
// statically: the command line runs from source through a CommonJS hook, where a dynamic
// import of a TypeScript module does not resolve.
function listed(): ReadonlyMap<string, string> {
  if (lists !== undefined) return lists;
  const names = new Map<string, string>();
  for (const [kind, text] of Object.entries(TOOI_ORGANISATION_LISTS))
    for (const line of text.split('\n')) {
      const [id = '', name = ''] = line.split('\t');
      names.set(`${kind}/${id}`, name);
    }
  lists = names;
  return names;
}

/**
 * Finds an organisation on the TOOI lists of DiWoo 0.9.8 (its `organisatielijst`): a DiWoo
 * publisher outside them makes the file invalid, so an export refuses it before writing.
 */
export async function findTooiOrganisation(
  uri: string,
): Promise<ListedOrganisation | OrganisationError> {
  const match = TOOI_ID.exec(uri.trim());
  const kind = KINDS.find((candidate) => candidate === match?.[1]);
  if (match === null || kind === undefined) return 'invalid-organisation';
  const listedName = listed().get(`${kind}/${match[2] ?? ''}`);
  return listedName === undefined
    ? 'unlisted-organisation'
    : { kind, tooiUri: match[0], listedName };
}

/** Whether an organisation is one whose staff can support individual elected members (art. 5.4a). */
export function supportsElectedMembers(organisation: ExportOrganisation): boolean {
  // Art. 5.4a lid 1: staff of the Eerste or Tweede Kamer, the griffie of provinciale staten or
  // of the gemeenteraad (Kamerstukken 36058, nr. 4).
  return /\/tooi\/id\/(gemeente\/|provincie\/|oorg\/oorg1000[12]$)/.test(organisation.tooiUri);
}
