import { asSourceId } from '../../src/core/ids';
import type { Message } from '../../src/core/message';
import { parseOcrMail } from './ocr-mail';

/** Builds a Message from an OCR'd mail print-out; `subject` from the corpus wins if given. */
export function messageFromOcr(id: string, text: string, subject: string | undefined): Message {
  const mail = parseOcrMail(text);
  return {
    kind: 'mail',
    id: asSourceId(id),
    subject: subject ?? mail.subject ?? '',
    ...(mail.from === undefined ? {} : { from: mail.from }),
    to: mail.to,
    cc: mail.cc,
    bodyText: mail.body,
    headers: {},
    attachments: mail.attachments,
  };
}
