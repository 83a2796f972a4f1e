import { parseProvisionArgs } from './provision';

describe('parseProvisionArgs', () => {
  it('reads the site and takes the token from the environment, never the command line', () => {
    const args = parseProvisionArgs(['--site', 'contoso.sharepoint.com:/sites/informatiebeheer'], {
      BRONVAST_GRAPH_TOKEN: 'eyJ0',
    });
    expect(args).toEqual({
      site: { hostname: 'contoso.sharepoint.com', path: '/sites/informatiebeheer', lists: {} },
      token: 'eyJ0',
      baseUrl: 'https://graph.microsoft.com/v1.0',
    });
  });

  it('takes another variable, other list names and a local dev user', () => {
    const args = parseProvisionArgs(
      ['--site', 'h:/sites/x', '--token-from-env', 'MIJN_TOKEN', '--records', 'Archief'],
      { MIJN_TOKEN: 't' },
    );
    expect(args).toMatchObject({ token: 't', site: { lists: { records: 'Archief' } } });
    const local = parseProvisionArgs(
      ['--site', 'h:/sites/x', '--dev-user', 'informatiebeheer@bronvast.example'],
      {},
    );
    expect(local).toMatchObject({ token: 'dev:informatiebeheer@bronvast.example' });
  });

  it('takes the two groups together, for the records library areas', () => {
    const both = parseProvisionArgs(
      ['--site', 'h:/sites/x', '--records-managers-group', 'g1', '--officers-group', 'g2'],
      { BRONVAST_GRAPH_TOKEN: 't' },
    );
    expect(both).toMatchObject({ groups: { recordsManagers: 'g1', officers: 'g2' } });
    const one = parseProvisionArgs(['--site', 'h:/sites/x', '--records-managers-group', 'g1'], {
      BRONVAST_GRAPH_TOKEN: 't',
    });
    expect(one).toHaveProperty('error');
  });

  it('explains what is missing', () => {
    expect(
      parseProvisionArgs(['--site', 'geen-pad'], { BRONVAST_GRAPH_TOKEN: 't' }),
    ).toHaveProperty('error');
    expect(parseProvisionArgs(['--site', 'h:/sites/x'], {})).toEqual({
      error: 'Geen toegangstoken: zet de omgevingsvariabele BRONVAST_GRAPH_TOKEN.',
    });
  });
});
