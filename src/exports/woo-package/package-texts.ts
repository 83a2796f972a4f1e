import type { GroundCount, SearchLogEntry } from '../../core/woo-desk';
import { wooGround, isGroundCode } from '../../core/woo';
import { csvLine } from '../inventory-csv';

/** What the decision's summary reports besides the grounds. */
export interface PackageFacts {
  readonly zaaknummer: string;
  readonly madeAt: Date;
  readonly documents: number;
  readonly published: number;
  readonly withheld: number;
  /** Redaction proposals nobody accepted or rejected, taken as accepted. */
  readonly undecidedProposals: number;
  readonly rejectedProposals: number;
  /** Documents the coordinator did not assess, whose assessment follows from the redactions. */
  readonly derivedAssessments: readonly string[];
  /** Attachments whose text could not be read: listed, not published. */
  readonly unreadable: readonly { readonly title: string; readonly reason: string }[];
}

/**
 * The decision's summary in Dutch: the documents and what became of them, the grounds used
 * with their counts and citations, the proposals taken as accepted because nobody rejected
 * them, assessments that were derived rather than made, and unreadable attachments.
 */
export function packageSummary(facts: PackageFacts, grounds: readonly GroundCount[]): string {
  const lines = [
    `Woo-besluit ${facts.zaaknummer}: samenvatting`,
    `Gemaakt: ${facts.madeAt.toISOString()}`,
    '',
    `Documenten: ${facts.documents} (openbaar gemaakt: ${facts.published}; niet openbaar of dubbel: ${facts.withheld})`,
    '',
    'Gebruikte gronden (gelakte passages / documenten):',
    ...grounds.map(
      (count) =>
        `  ${count.ground}  ${count.passages} / ${count.documents}  ${citation(count.ground)}`,
    ),
    '',
    `Lakvoorstellen zonder beslissing, als aanvaard behandeld: ${facts.undecidedProposals}`,
    `Lakvoorstellen afgewezen door de coördinator: ${facts.rejectedProposals}`,
  ];
  if (facts.derivedAssessments.length > 0) {
    lines.push('', 'Niet beoordeeld door de coördinator; beoordeling afgeleid uit de lakking:');
    lines.push(...facts.derivedAssessments.map((title) => `  - ${title}`));
  }
  if (facts.unreadable.length > 0) {
    lines.push(
      '',
      'Bijlagen waarvan de tekst niet kon worden gelezen (niet gepubliceerd, handmatig beoordelen):',
    );
    lines.push(...facts.unreadable.map((item) => `  - ${item.title} (${item.reason})`));
  }
  return `${lines.join('\n')}\n`;
}

function citation(ground: string): string {
  if (ground === 'dubbel') return 'inhoud al in een ander document beoordeeld';
  return isGroundCode(ground) ? `${wooGround(ground).citation}: ${wooGround(ground).label.nl}` : '';
}

/** The search log as CSV: when, by whom, the words, the filters and the number of hits. */
export function searchLogCsv(searches: readonly SearchLogEntry[]): string {
  const header = csvLine([
    'Tijdstip',
    'Door',
    'Zoektermen',
    'Periode van',
    'Periode tot',
    'Dossier',
    'Categorie',
    'Soort',
    'Treffers',
  ]);
  const day = (date: Date | undefined) =>
    date === undefined ? '' : date.toISOString().slice(0, 10);
  const rows = searches.map((entry) =>
    csvLine([
      entry.at.toISOString(),
      entry.by,
      entry.query.text,
      day(entry.query.from),
      day(entry.query.to),
      entry.query.dossier ?? '',
      entry.query.category ?? '',
      entry.query.kind ?? '',
      entry.hits,
    ]),
  );
  return [header, ...rows].join('');
}
