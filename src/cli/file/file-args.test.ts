import { readFileCommandLine } from './file-args';

const env = { BRONVAST_GRAPH_TOKEN: 'dev:informatiebeheer@bronvast.example' };
const site = ['--site', 'bronvast.sharepoint.com:/sites/informatiebeheer'];

describe('readFileCommandLine', () => {
  it('reads the options, with four filings at once and Graph itself by default', () => {
    const command = readFileCommandLine(
      [...site, '--dossier', 'BZK-1', '--all', 'map', 'b.eml'],
      env,
    );
    expect(command).toEqual({
      kind: 'file',
      options: {
        paths: ['map', 'b.eml'],
        graphUrl: 'https://graph.microsoft.com/v1.0',
        site: { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' },
        token: 'dev:informatiebeheer@bronvast.example',
        dossier: 'BZK-1',
        all: true,
        dryRun: false,
        concurrency: 4,
        maxMailBytes: 150 * 1024 * 1024,
        organisationDomains: [],
        lang: 'nl',
      },
    });
  });

  it('says what to set when the token, the site or a path is missing', () => {
    expect(readFileCommandLine([...site, 'map'], {})).toMatchObject({
      error: 'missing-token',
      detail: 'BRONVAST_GRAPH_TOKEN',
    });
    expect(readFileCommandLine(['map'], env)).toMatchObject({ error: 'missing-site' });
    expect(readFileCommandLine(['--site', 'zonder-pad', 'map'], env)).toMatchObject({
      error: 'invalid-site',
    });
    expect(readFileCommandLine(site, env)).toMatchObject({ error: 'missing-path' });
  });

  it('refuses a concurrency that is not a whole number from 1 to 64', () => {
    for (const value of ['0', '2.5', 'veel', '65']) {
      expect(readFileCommandLine([...site, '--concurrency', value, 'map'], env)).toMatchObject({
        kind: 'usage-error',
        error: 'invalid-concurrency',
      });
    }
  });

  it('refuses a size limit that is not a number of megabytes from 1 to 10240', () => {
    for (const value of ['0', '', 'groot', '20000']) {
      expect(readFileCommandLine([...site, '--max-size', value, 'map'], env)).toMatchObject({
        kind: 'usage-error',
        error: 'invalid-max-size',
      });
    }
    expect(readFileCommandLine([...site, '--max-size', '20', 'map'], env)).toMatchObject({
      options: { maxMailBytes: 20 * 1024 * 1024 },
    });
  });

  it('takes the organisation domains from the environment when not given', () => {
    const command = readFileCommandLine([...site, 'map'], {
      ...env,
      BRONVAST_ORGANISATION_DOMAINS: 'minbzk.nl, rijksoverheid.nl',
    });
    expect(command).toMatchObject({
      options: { organisationDomains: ['minbzk.nl', 'rijksoverheid.nl'] },
    });
  });
});
