/**
 * Prepares a SharePoint site for Bronvast: every list of `siteSchema` (the records library, the
 * Dossiers list, the audit list and the BronvastSettings library) with its columns and indexes,
 * where missing; existing lists get missing columns and indexes. Safe to run again: it only adds
 * what is not there.
 *
 *   npx tsx scripts/provision.ts --site contoso.sharepoint.com:/sites/informatiebeheer
 *
 * The access token comes from the environment variable BRONVAST_GRAPH_TOKEN (another name with
 * --token-from-env NAME), never from the command line. It needs Sites.Manage.All, e.g.
 *   export BRONVAST_GRAPH_TOKEN=$(az account get-access-token \
 *     --resource https://graph.microsoft.com --query accessToken -o tsv)
 * Locally, against the record system of `npm start`:
 *   npx tsx scripts/provision.ts --site bronvast.sharepoint.com:/sites/informatiebeheer \
 *     --base-url http://localhost:4000/v1.0 --dev-user informatiebeheer@bronvast.example
 * Other list names: --records NAME --dossiers NAME --audit NAME.
 *
 * With --records-managers-group ID and --officers-group ID (Entra ID object ids) it also gives the
 * records library its intake area (`Aanlevering`, where the officers' group may write) and its
 * records area (`Archief`), and says what the site's own permissions still lack (docs/trust.md).
 */
import { parseArgs } from 'node:util';
import {
  createGraphClient,
  isGraphCallError,
  provisionGrants,
  provisionSite,
  type GrantProblem,
  type SiteLocation,
  type TrustGroups,
} from '../src/graph';

const USAGE =
  'Gebruik: npx tsx scripts/provision.ts --site <hostnaam>:/sites/<pad> [--token-from-env NAAM] ' +
  '[--base-url URL] [--dev-user UPN] [--records NAAM] [--dossiers NAAM] [--audit NAAM] ' +
  '[--records-managers-group ID --officers-group ID]';

/** Reads the command line; null (after printing why) when it is incomplete. */
export function parseProvisionArgs(argv: readonly string[], env: NodeJS.ProcessEnv) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string' },
      'token-from-env': { type: 'string', default: 'BRONVAST_GRAPH_TOKEN' },
      'base-url': { type: 'string', default: 'https://graph.microsoft.com/v1.0' },
      'dev-user': { type: 'string' },
      records: { type: 'string' },
      dossiers: { type: 'string' },
      audit: { type: 'string' },
      'records-managers-group': { type: 'string' },
      'officers-group': { type: 'string' },
    },
  });
  const match = /^([^:/]+):(\/.+)$/.exec(values.site ?? '');
  if (match?.[1] === undefined || match[2] === undefined) return { error: USAGE } as const;
  const devUser = values['dev-user'];
  const token = devUser === undefined ? env[values['token-from-env']] : `dev:${devUser}`;
  if (token === undefined || token === '') {
    return {
      error: `Geen toegangstoken: zet de omgevingsvariabele ${values['token-from-env']}.`,
    } as const;
  }
  const lists = {
    ...(values.records === undefined ? {} : { records: values.records }),
    ...(values.dossiers === undefined ? {} : { dossiers: values.dossiers }),
    ...(values.audit === undefined ? {} : { audit: values.audit }),
  };
  const site: SiteLocation = { hostname: match[1], path: match[2], lists };
  const managers = values['records-managers-group'];
  const officers = values['officers-group'];
  if ((managers === undefined) !== (officers === undefined)) return { error: USAGE } as const;
  const groups: TrustGroups | undefined =
    managers === undefined || officers === undefined
      ? undefined
      : { recordsManagers: managers, officers };
  return {
    site,
    token,
    baseUrl: values['base-url'],
    ...(groups === undefined ? {} : { groups }),
  } as const;
}

async function main(): Promise<void> {
  const args = parseProvisionArgs(process.argv.slice(2), process.env);
  if ('error' in args) {
    console.error(args.error);
    process.exitCode = 2;
    return;
  }
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(args.token),
    baseUrl: args.baseUrl,
  });
  const report = await provisionSite(client, args.site);
  console.log(`Site: ${report.siteId}`);
  for (const list of report.listsCreated) console.log(`Lijst aangemaakt: ${list}`);
  for (const column of report.columnsAdded) console.log(`Kolom toegevoegd: ${column}`);
  for (const column of report.columnsChanged) console.log(`Kolom aangepast: ${column}`);
  const changes =
    report.listsCreated.length + report.columnsAdded.length + report.columnsChanged.length;
  if (changes === 0) {
    console.log('De site was al compleet; er is niets veranderd.');
  }
  if (args.groups === undefined) return;
  const grants = await provisionGrants(client, args.site, args.groups);
  for (const folder of grants.foldersCreated) console.log(`Map aangemaakt: ${folder}`);
  for (const grant of grants.grantsAdded) console.log(`Recht gegeven: ${grant}`);
  for (const problem of grants.problems)
    console.log(`Nog te doen in SharePoint: ${PROBLEMS[problem]}`);
}

const PROBLEMS: Readonly<Record<GrantProblem, string>> = {
  'records-managers-not-owners':
    'geef de groep informatiebeheerders Volledig beheer op de site (Site-instellingen > Sitemachtigingen).',
  'officers-can-write-outside-intake':
    'medewerkers mogen buiten Aanlevering schrijven; geef hen op de site alleen Lezen (docs/trust.md).',
};

if (require.main === module) {
  main().catch((error: unknown) => {
    const detail = isGraphCallError(error)
      ? `${error.kind} (${error.status} ${error.code ?? ''})`
      : String(error);
    console.error(`Inrichten mislukt: ${detail}`);
    process.exitCode = 1;
  });
}
