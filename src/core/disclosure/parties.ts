import type { Message } from '../message';

function domainOf(address: string): string {
  return address
    .slice(address.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
}

/**
 * Whether every party on the message belongs to the organisation: the condition for internal
 * deliberation (art. 5.2). Without known organisation domains, the sender's domain stands for the
 * organisation. A message without any party is not taken as internal.
 */
export function isInternalOnly(message: Message, organisationDomains: readonly string[]): boolean {
  const parties = [
    ...(message.from === undefined ? [] : [message.from]),
    ...message.to,
    ...message.cc,
  ];
  const addresses = parties
    .map((party) => party.address)
    .filter((address) => address.includes('@'));
  if (addresses.length === 0) return false;
  const sender = message.from === undefined ? [] : [domainOf(message.from.address)];
  const own = new Set(
    organisationDomains.length > 0 ? organisationDomains.map((d) => d.toLowerCase()) : sender,
  );
  return addresses.every((address) => {
    const domain = domainOf(address);
    return [...own].some((ownDomain) => domain === ownDomain || domain.endsWith(`.${ownDomain}`));
  });
}
