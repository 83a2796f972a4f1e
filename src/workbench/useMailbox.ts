import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphClient } from '../graph';
import {
  getMail,
  listFolder,
  markRead,
  type FolderRef,
  type MailDetail,
  type MailSummary,
} from './mailbox-api';
import type { WorkbenchState } from './WorkbenchState';
import { keepIfSame } from './keep-if-same';

/** The workbench mailbox: the folder shown, its mails, the selection and the open mail. */
export interface Mailbox {
  readonly folder: FolderRef;
  readonly mails: readonly MailSummary[];
  readonly selected: readonly string[];
  readonly open: MailDetail | null;
  readonly failed: boolean;
  readonly showFolder: (folder: FolderRef) => void;
  readonly openMail: (id: string) => void;
  readonly toggle: (id: string) => void;
  readonly reload: () => void;
}

/** How often the list re-reads its folder, so a mail filed in the pane shows "Vastgelegd". */
export const MAILBOX_POLL_MS = 2000;

const OWN_INBOX: FolderRef = { mailbox: null, folder: 'inbox' };

/** Keeps the mailbox in step with the record system and publishes the selection to the frames. */
export function useMailbox(
  client: GraphClient,
  state: WorkbenchState,
  pollMs = MAILBOX_POLL_MS,
): Mailbox {
  const [folder, setFolder] = useState<FolderRef>(OWN_INBOX);
  const [mails, setMails] = useState<readonly MailSummary[]>([]);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [open, setOpen] = useState<MailDetail | null>(null);
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // Opened here; a poll that answered before the record system saved it does not undo it.
  const readHere = useRef(new Set<string>());
  const withReads = (list: readonly MailSummary[]): readonly MailSummary[] =>
    list.map((mail) => (readHere.current.has(mail.id) ? { ...mail, isRead: true } : mail));

  useEffect(() => {
    let current = true;
    const read = (): void =>
      void listFolder(client, folder).then(
        (list) => current && (setMails(keepIfSame(withReads(list))), setFailed(false)),
        () => current && setFailed(true),
      );
    read();
    const timer = pollMs > 0 ? setInterval(read, pollMs) : undefined;
    return () => ((current = false), clearInterval(timer));
  }, [client, folder, generation, pollMs]);

  const readMail = (id: string): void => {
    if (mails.find((mail) => mail.id === id)?.isRead !== false) return;
    readHere.current.add(id);
    setMails(withReads);
    void markRead(client, id, folder.mailbox).catch(() => (readHere.current.delete(id), reload()));
  };
  const choose = (ids: readonly string[], mailbox = folder.mailbox): void => {
    setSelected(ids);
    state.select(ids, mailbox);
    const first = ids[0];
    if (first === undefined) setOpen(null);
    else void getMail(client, first, mailbox).then(setOpen, () => setOpen(null));
  };
  return {
    folder,
    mails,
    selected,
    open,
    failed,
    showFolder: (next) => (setFolder(next), choose([], next.mailbox)),
    openMail: (id) => (readMail(id), choose([id])),
    toggle: (id) =>
      choose(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]),
    reload,
  };
}
