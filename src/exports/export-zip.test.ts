import JSZip from 'jszip';
import { zipExportFiles } from './export-zip';

describe('zipExportFiles', () => {
  it('puts every file in one zip under its own name', async () => {
    const files = [
      { name: '100000000001.diwoo.xml', text: '<a/>' },
      { name: '100000000002.diwoo.xml', text: '<b>é</b>' },
    ];
    const zip = await JSZip.loadAsync(await zipExportFiles(files));
    expect(Object.keys(zip.files).sort()).toEqual(files.map((file) => file.name));
    expect(await zip.file('100000000002.diwoo.xml')?.async('string')).toBe('<b>é</b>');
  });
});
