import type { DossierId } from '../../core';
import type { UnfiledMail } from '../../filing/unfiled';

/** The mails with the same suggested dossier (null: none fits), newest first. */
export interface UnfiledGroup {
  readonly dossier: DossierId | null;
  readonly mails: readonly UnfiledMail[];
}

/**
 * Groups the mails by suggested dossier: the group with the newest mail first, the mails
 * newest first within each; the group without a dossier comes last.
 */
export function groupUnfiled(mails: readonly UnfiledMail[]): UnfiledGroup[] {
  const groups = new Map<DossierId | null, UnfiledMail[]>();
  for (const mail of [...mails].sort((a, b) => b.received.getTime() - a.received.getTime())) {
    const group = groups.get(mail.dossier) ?? [];
    group.push(mail);
    groups.set(mail.dossier, group);
  }
  const newest = (group: readonly UnfiledMail[]): number => group[0]?.received.getTime() ?? 0;
  return [...groups.entries()]
    .map(([dossier, list]) => ({ dossier, mails: list }))
    .sort((a, b) =>
      a.dossier === null ? 1 : b.dossier === null ? -1 : newest(b.mails) - newest(a.mails),
    );
}
