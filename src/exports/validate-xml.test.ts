import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_MODULES, schemaModule } from '../../scripts/schema-modules';
import { validateXmlFiles } from './validate-xml';

describe('validateXmlFiles', () => {
  it('names the file that is not well-formed, and passes the others', async () => {
    const verdict = await validateXmlFiles('well-formed', [
      { name: 'goed.xml', text: '<a>Q&amp;A</a>' },
      { name: 'fout.xml', text: '<a>Q&A; overleg</a>' },
      { name: 'nul.xml', text: '<a>\u0001</a>' },
    ]);
    expect(verdict.valid).toBe(false);
    const files = verdict.valid ? [] : verdict.problems.map((problem) => problem.file);
    expect(new Set(files)).toEqual(new Set(['fout.xml', 'nul.xml']));
  });

  it('checks against the official schema, offline', async () => {
    const mdto = '<MDTO xmlns="https://www.nationaalarchief.nl/mdto"><bestand/></MDTO>';
    const verdict = await validateXmlFiles('mdto', [{ name: '1.mdto.xml', text: mdto }]);
    expect(verdict).toMatchObject({ valid: false, problems: [{ file: '1.mdto.xml' }] });
  });

  it('carries the schemas unchanged in their modules', () => {
    const folder = join(__dirname, 'schemas');
    for (const { xsd, module, name } of SCHEMA_MODULES)
      expect(readFileSync(join(folder, module), 'utf8')).toBe(schemaModule(xsd, name));
  });
});
