import {
  diwooSitemap,
  findInvalidFiles,
  SITEMAP_LIMIT,
  sitemapIndex,
  type ExportFile,
  type ExportRecord,
  type InvalidFile,
  type XmlExportConfig,
} from '../../exports';
// The XSD validator itself, not the exports' index: its WebAssembly stays out of the pages that
// import the index; the command line hands it to the exports as their validator.
import { validateXmlFiles } from '../../exports/validate-xml';
import { writeNewFile } from './write-new-file';

/**
 * Writes the harvestable sitemap with the DiWoo extension: `sitemap.xml` for up to 50,000
 * records; beyond that `sitemap-1.xml`, `sitemap-2.xml`, ... and a `sitemap.xml` index naming
 * them at the publication URL, as the sitemap protocol asks. Each file is validated first.
 */
export async function writeSitemaps(
  folder: string,
  records: readonly ExportRecord[],
  config: XmlExportConfig,
  publicationUrl: string,
): Promise<{ readonly written: number } | { readonly invalid: readonly InvalidFile[] }> {
  if (records.length === 0) return { written: 0 };
  const options = { publicationUrl };
  const parts: ExportRecord[][] = [];
  for (let start = 0; start < records.length; start += SITEMAP_LIMIT)
    parts.push(records.slice(start, start + SITEMAP_LIMIT));
  const files: ExportFile[] =
    parts.length <= 1
      ? [{ name: 'sitemap.xml', text: diwooSitemap(parts[0] ?? [], config, options) }]
      : parts.map((part, index) => ({
          name: `sitemap-${index + 1}.xml`,
          text: diwooSitemap(part, config, options),
        }));
  const invalid = await findInvalidFiles(validateXmlFiles, 'sitemap', files);
  if (invalid.length > 0) return { invalid };
  if (parts.length > 1)
    files.push({
      name: 'sitemap.xml',
      text: sitemapIndex(
        files.map((file) => file.name),
        options,
      ),
    });
  for (const file of files) await writeNewFile(folder, file.name, file.text);
  return { written: files.length };
}
