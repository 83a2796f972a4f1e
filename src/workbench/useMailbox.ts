import { useCallback, useEffect, useState } from 'react';
import type { GraphClient } from '../graph';
import {
  getMail,
  listFolder,
  type MailDetail,
  type MailSummary,
  type WorkbenchFolder,
} from './mailbox-api';
import type { WorkbenchState } from './WorkbenchState';

/** The workbench mailbox: the folder shown, its mails, the selection and the open mail. */
export interface Mailbox {
  readonly folder: WorkbenchFolder;
  readonly mails: readonly MailSummary[];
  readonly selected: readonly string[];
  readonly open: MailDetail | null;
  readonly failed: boolean;
  readonly showFolder: (folder: WorkbenchFolder) => void;
  readonly openMail: (id: string) => void;
  readonly toggle: (id: string) => void;
  readonly reload: () => void;
}

/** Keeps the mailbox in step with the record system and publishes the selection to the frames. */
export function useMailbox(client: GraphClient, state: WorkbenchState): Mailbox {
  const [folder, setFolder] = useState<WorkbenchFolder>('inbox');
  const [mails, setMails] = useState<readonly MailSummary[]>([]);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [open, setOpen] = useState<MailDetail | null>(null);
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    listFolder(client, folder).then(
      (list) => (setMails(list), setFailed(false)),
      () => setFailed(true),
    );
  }, [client, folder, generation]);

  const choose = (ids: readonly string[]): void => {
    setSelected(ids);
    state.select(ids);
    const first = ids[0];
    if (first === undefined) setOpen(null);
    else void getMail(client, first).then(setOpen, () => setOpen(null));
  };
  return {
    folder,
    mails,
    selected,
    open,
    failed,
    showFolder: (next) => (setFolder(next), choose([])),
    openMail: (id) => choose([id]),
    toggle: (id) =>
      choose(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]),
    reload,
  };
}
