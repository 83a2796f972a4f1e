import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { RedactedSegment } from '../../core/woo-desk';
import { printable } from './pdf-text';

/** What a published document's pages say besides its text. */
export interface RedactedPdfLabels {
  /** Top of every page, e.g. `WOO-2025-0042 · document 100000000001`. */
  readonly heading: string;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
const SIZE = 10;
const LEADING = 14;

type Piece =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'box'; readonly label: string }
  | { readonly kind: 'break' };

/**
 * A PDF of a document's redacted text. The PDF is made from the text that remains: a removed
 * passage is not in the file at all (no covered text, no hidden layer, no metadata), and in
 * its place stands a black box labelled with its grounds. Text is set in Helvetica; what that
 * font cannot show becomes "?".
 */
export async function redactedPdf(
  segments: readonly RedactedSegment[],
  labels: RedactedPdfLabels,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(labels.heading);
  pdf.setProducer('Bronvast');
  pdf.setCreator('Bronvast Woo-desk');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const cache = new Map<string, boolean>();
  const pieces = piecesOf(segments, font, cache);
  const writer = new PageWriter(pdf, font, bold, printable(bold, labels.heading, cache));
  for (const piece of pieces) writer.place(piece);
  writer.finish();
  return pdf.save({ useObjectStreams: false });
}

function piecesOf(
  segments: readonly RedactedSegment[],
  font: PDFFont,
  cache: Map<string, boolean>,
): Piece[] {
  const pieces: Piece[] = [];
  for (const segment of segments) {
    if (segment.kind === 'redacted') {
      pieces.push({ kind: 'box', label: segment.grounds.join(', ') });
      continue;
    }
    const lines = printable(font, segment.text, cache).split('\n');
    for (const [index, line] of lines.entries()) {
      if (index > 0) pieces.push({ kind: 'break' });
      for (const word of line.split(/(?<= )/))
        if (word !== '') pieces.push({ kind: 'word', text: word });
    }
  }
  return pieces;
}

class PageWriter {
  private page: PDFPage;
  private x: number = PAGE.margin;
  private y = 0;
  private pages = 0;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
    private readonly heading: string,
  ) {
    this.page = this.newPage();
  }

  place(piece: Piece): void {
    if (piece.kind === 'break') return this.newLine();
    const text = piece.kind === 'word' ? piece.text : ` ${piece.label} `;
    const face = piece.kind === 'word' ? this.font : this.bold;
    const width = face.widthOfTextAtSize(text, SIZE);
    const room = PAGE.width - PAGE.margin;
    if (this.x + width > room && this.x > PAGE.margin) this.newLine();
    if (piece.kind === 'box') {
      this.page.drawRectangle({
        x: this.x,
        y: this.y - 3,
        width,
        height: SIZE + 3,
        color: rgb(0, 0, 0),
      });
      this.page.drawText(text, {
        x: this.x,
        y: this.y,
        size: SIZE,
        font: face,
        color: rgb(1, 1, 1),
      });
    } else if (width > room - PAGE.margin) {
      // A word longer than a line is cut over lines.
      for (const char of text) this.place({ kind: 'word', text: char });
      return;
    } else {
      this.page.drawText(text, { x: this.x, y: this.y, size: SIZE, font: face });
    }
    this.x += width;
  }

  finish(): void {
    const count = this.pdf.getPageCount();
    for (const [index, page] of this.pdf.getPages().entries()) {
      page.drawText(`${index + 1} / ${count}`, {
        x: PAGE.width - PAGE.margin - 30,
        y: 28,
        size: 8,
        font: this.font,
      });
    }
  }

  private newLine(): void {
    this.x = PAGE.margin;
    this.y -= LEADING;
    if (this.y < PAGE.margin) this.page = this.newPage();
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages += 1;
    page.drawText(this.heading, { x: PAGE.margin, y: PAGE.height - 36, size: 9, font: this.bold });
    this.page = page;
    this.x = PAGE.margin;
    this.y = PAGE.height - PAGE.margin - 10;
    return page;
  }
}
