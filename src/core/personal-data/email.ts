import type { Finding } from '../assessment';
import { makeFinding } from './finding';

// The domain part, found from the "@" (rare in text, so the scan is cheap); the local part
// before it is read back character by character.
const DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
const LOCAL_CHAR = /[\p{L}\p{N}._%+\-']/u;
const MAX_LOCAL_LENGTH = 64;

// Functional mailboxes belong to an organisation, not to a person, and are not personal data
// (the same choice as for an organisation's Postbus address in postcode.ts). A personal work
// address (j.devries@minbzk.nl) is personal data and is reported.
const FUNCTIONAL_MAILBOX =
  /^(?:info|contact|post|postbus|postkamer|noreply|no-reply|donotreply|woo|wob|woo-verzoek|wooverzoeken|secretariaat|servicedesk|helpdesk|support|klantcontact|communicatie|pers|persvoorlichting|webmaster|privacy|fg|avg|receptie|administratie|facturen|crediteuren|debiteuren|griffie|bestuurssecretariaat|klachten|bezwaar|inkoop|nieuwsbrief|redactie|team|office|mail|gemeente|bureau)(?:[._-][\p{L}\p{N}]+)?@/iu;

function localPartStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL_LENGTH && LOCAL_CHAR.test(text.charAt(start - 1))) {
    start -= 1;
  }
  while (start < at && /[.'-]/.test(text.charAt(start))) start += 1;
  return start;
}

/** Finds e-mail addresses of people; functional mailboxes (info@, woo@, ...) are left out. */
export function findEmailAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(DOMAIN)) {
    const at = match.index;
    const start = localPartStart(text, at);
    const end = at + match[0].length;
    if (start === at || FUNCTIONAL_MAILBOX.test(text.slice(start, end))) continue;
    findings.push(makeFinding('email', text, start, end));
  }
  return findings;
}
