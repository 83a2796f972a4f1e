import { readCommandLine } from './assess-args';

describe('readCommandLine', () => {
  it('reads assess with its options and paths', () => {
    expect(
      readCommandLine([
        'assess',
        '--dossiers',
        'd.json',
        '--history=h.jsonl',
        '--organisation-domains',
        'minlnv.nl, rijksoverheid.nl',
        '--lang',
        'en',
        'a.eml',
        'map',
      ]),
    ).toEqual({
      kind: 'assess',
      options: {
        paths: ['a.eml', 'map'],
        dossiersFile: 'd.json',
        historyFile: 'h.jsonl',
        organisationDomains: ['minlnv.nl', 'rijksoverheid.nl'],
        maxMailBytes: 150 * 1024 * 1024,
        lang: 'en',
      },
    });
  });

  it('reads the largest mail to read in megabytes, 150 by default', () => {
    const command = readCommandLine(['assess', '--max-size', '2.5', 'a.eml']);
    expect(command.kind === 'assess' && command.options.maxMailBytes).toBe(2.5 * 1024 * 1024);
  });

  it('speaks Dutch unless asked otherwise', () => {
    const command = readCommandLine(['assess', 'a.eml']);
    expect(command.kind === 'assess' && command.options.lang).toBe('nl');
  });

  it('shows help for --help and -h, in the language asked for', () => {
    expect(readCommandLine(['--help'])).toEqual({ kind: 'help', lang: 'nl' });
    expect(readCommandLine(['assess', '-h', '--lang', 'en'])).toEqual({ kind: 'help', lang: 'en' });
  });

  it.each([
    [[], 'missing-command', ''],
    [['judge', 'a.eml'], 'unknown-command', 'judge'],
    [['assess'], 'missing-path', ''],
    [['assess', '--bogus', 'a.eml'], 'unknown-option', '--bogus'],
    [['assess', 'a.eml', '--dossiers'], 'missing-option-value', '--dossiers'],
    [['assess', '--lang', 'de', 'a.eml'], 'invalid-lang', 'de'],
    [['assess', '--max-size', '0', 'a.eml'], 'invalid-max-size', '0'],
    [['assess', '--max-size', 'veel', 'a.eml'], 'invalid-max-size', 'veel'],
  ])('%j is a usage error (%s)', (args, error, detail) => {
    expect(readCommandLine(args)).toMatchObject({ kind: 'usage-error', error, detail });
  });

  it('gives a usage error in English when English was asked for', () => {
    expect(readCommandLine(['assess', '--lang', 'en'])).toMatchObject({
      kind: 'usage-error',
      error: 'missing-path',
      lang: 'en',
    });
  });
});

describe('readCommandLine and the organisation domains', () => {
  it('takes BRONVAST_ORGANISATION_DOMAINS when no option names them', () => {
    const env = { BRONVAST_ORGANISATION_DOMAINS: 'Gemeente.nl, rijksoverheid.nl' };
    const command = readCommandLine(['assess', 'a.eml'], env);
    expect(command.kind === 'assess' && command.options.organisationDomains).toEqual([
      'gemeente.nl',
      'rijksoverheid.nl',
    ]);
  });

  it('lets the option win over the environment', () => {
    const env = { BRONVAST_ORGANISATION_DOMAINS: 'gemeente.nl' };
    const command = readCommandLine(['assess', '--organisation-domains', 'x.nl', 'a.eml'], env);
    expect(command.kind === 'assess' && command.options.organisationDomains).toEqual(['x.nl']);
  });
});
