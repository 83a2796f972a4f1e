import { meetsQuery } from './record-conditions';
import { isRenditionName, renditionPath } from './rendition-name';

describe('a record and its rendition', () => {
  const record = 'BZK-2025-0113/2024-03-06 0712 - Overleg.eml';

  it('names the rendition after the record', () => {
    expect(renditionPath(record)).toBe(`${record}.txt`);
    expect(isRenditionName('2024-03-06 0712 - Overleg.eml.txt')).toBe(true);
    expect(isRenditionName('2024-03-06 0712 - Overleg.eml')).toBe(false);
    expect(isRenditionName(undefined)).toBe(false);
  });

  it('lists the record and never its rendition, even one without Bronvast columns', () => {
    const fields = { FileLeafRef: '2024-03-06 0712 - Overleg.eml' };
    expect(meetsQuery({ id: '1', fields }, {})).toBe(true);
    expect(meetsQuery({ id: '2', fields: { FileLeafRef: `${fields.FileLeafRef}.txt` } }, {})).toBe(
      false,
    );
  });
});
