import { create } from 'xmlbuilder2';
import type { XmlExportConfig } from './export-config';
import type { ExportRecord } from './export-record';
import { DIWOO_NAMESPACE, writeDiwoo } from './diwoo-xml';
import { recordNumber } from './record-number';
import { xmlText } from './xml-text';

/** The sitemap protocol's namespace (https://www.sitemaps.org/protocol.html). */
export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** URLs per sitemap: the protocol's limit. */
export const SITEMAP_LIMIT = 50_000;

/** Where the publication site serves each document: the prefix its inventory ID follows. */
export interface SitemapOptions {
  /** e.g. `https://open.gemeente.example/woo/2025-17/`: a document is at prefix + its ID. */
  readonly publicationUrl: string;
}

/** Whether a publication URL prefix can carry a sitemap: http(s), ending at a path. */
export function isPublicationUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && parsed.search === '' && parsed.hash === '';
  } catch {
    return false;
  }
}

const location = (prefix: string, name: string) =>
  `${prefix.endsWith('/') ? prefix : `${prefix}/`}${encodeURIComponent(name)}`;

/**
 * A harvestable sitemap with the DiWoo extension, as DiWoo 0.9.8 describes itself ("XSD voor
 * extensie van sitemaps"): per record a `url` with its `loc` on the publication site (prefix +
 * inventory ID), `lastmod` (the filing date) and its `diwoo:Document`. At most 50,000 records.
 */
export function diwooSitemap(
  records: readonly ExportRecord[],
  config: XmlExportConfig,
  options: SitemapOptions,
): string {
  const urlset = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(SITEMAP_NAMESPACE, 'urlset')
    .att('xmlns:diwoo', DIWOO_NAMESPACE);
  for (const record of records.slice(0, SITEMAP_LIMIT)) {
    const url = urlset.ele('url');
    url.ele('loc').txt(xmlText(location(options.publicationUrl, String(recordNumber(record)))));
    const changed = record.metadata.filedAt ?? record.createdAt;
    if (changed !== undefined) url.ele('lastmod').txt(changed.toISOString());
    writeDiwoo(url.ele(DIWOO_NAMESPACE, 'diwoo:Document'), record, config);
  }
  return urlset.end({ prettyPrint: true });
}

/** A sitemap index naming the sitemaps at the publication URL (for more than 50,000 records). */
export function sitemapIndex(names: readonly string[], options: SitemapOptions): string {
  const index = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    SITEMAP_NAMESPACE,
    'sitemapindex',
  );
  for (const name of names)
    index
      .ele('sitemap')
      .ele('loc')
      .txt(xmlText(location(options.publicationUrl, name)));
  return index.end({ prettyPrint: true });
}
