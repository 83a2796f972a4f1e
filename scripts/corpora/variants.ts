import type { LabelledExample } from './labelled-example';

/**
 * Variants of a corpus message as real mail also comes: without its headers (an export that
 * kept only the body), or with a PDF attached (spam and phishing often carry one). Training
 * uses them on the training split so that neither a missing sender nor an attachment decides;
 * the benchmark measures them on the test split.
 */

/** The example as exported mail without its headers shows it: body only, no sender or subject. */
export function bodyOnly(example: LabelledExample): LabelledExample {
  const message = { ...example.message, subject: '', headers: {} };
  delete message.from;
  return { ...example, id: `${example.id}#body-only`, message };
}

/** The example with a PDF attached. */
export function withPdf(example: LabelledExample): LabelledExample {
  // A name that says nothing (not nota, brief, offerte): the PDF alone is what is measured.
  const attachment = { name: 'document.pdf', size: 84_000, contentType: 'application/pdf' };
  const message = { ...example.message, attachments: [...example.message.attachments, attachment] };
  return { ...example, id: `${example.id}#pdf`, message };
}
