import type { Assessment, Message } from '../core';
import { fileMailContent, type MailContentInput, type MailContentOutcome } from './mail-content';
import { createMailFiler } from './mail-filer';
import type { FileJob } from './outbox';
import type { FilingErrorCode } from './filing-error';
import { connectRecordSystem, type RecordSystem, type RecordSystemOptions } from './record-system';

/** How a surface reaches the record system, and who files with what assessment. */
export interface FilingServicesOptions<O extends string = never> extends RecordSystemOptions<O> {
  /** The signed-in officer's address, recorded as "filed by". */
  readonly filedBy: string;
  readonly assess: (message: Message) => Promise<Assessment>;
}

/** What every surface files with: one client, the site, the registry, the filers. */
export interface FilingServices<O extends string = never> extends RecordSystem<O> {
  /** Files a mailbox mail (an outbox job): MIME from Graph, filed, marked. */
  readonly fileMail: FileJob<FilingErrorCode | O>;
  /** Files a mail from its bytes (a .eml or .msg file). */
  readonly fileContent: (input: MailContentInput) => Promise<MailContentOutcome>;
}

/** Builds client -> site -> dossiers -> filers, the one way every surface does. */
export function createFilingServices<O extends string = never>(
  options: FilingServicesOptions<O>,
): FilingServices<O> {
  const system = connectRecordSystem(options);
  const { client, site, dossiers } = system;
  const dependencies = { client, site, dossiers, assess: options.assess, filedBy: options.filedBy };
  return {
    ...system,
    fileMail: createMailFiler<O>(dependencies),
    fileContent: (input) => fileMailContent(dependencies, input),
  };
}
