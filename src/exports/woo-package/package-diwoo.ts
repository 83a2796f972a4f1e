import { asDossierId } from '../../core/vocabulary';
import { wooCategory } from '../../core/woo';
import { diwooXml } from '../diwoo-xml';
import type { XmlExportConfig } from '../export-config';
import type { PackageDocument } from './package-inventory';

/**
 * The DiWoo metadata of a document published with a Woo decision: under information category
 * 3.3.2i "Woo-verzoeken en -besluiten" (art. 3.3 lid 2 onderdeel i Woo), its title and date,
 * the request's zaaknummer as aggregatiekenmerk, format PDF.
 */
export function packageDiwooXml(
  document: PackageDocument,
  zaaknummer: string,
  config: XmlExportConfig,
): string {
  return diwooXml(
    {
      recordId: document.recordId,
      fileName: `${document.id}.pdf`,
      webUrl: '',
      metadata: {
        subject: document.title,
        wooCategory: wooCategory('3.3.2i').tooiId,
        dossier: asDossierId(zaaknummer),
        dedupKey: document.stableKey,
        sourceKind: document.fileType === 'chat' ? 'chat' : 'mail',
        ...(document.date === undefined ? {} : { sent: document.date }),
      },
    },
    config,
  );
}
