import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { findPersonalData } from '../../core/personal-data';
// The shipped lexicon itself, not the core's index: it is large, and only the commands that look
// for names load it.
import { shippedNameLexicon } from '../../core/personal-data/lexicon/shipped-name-lexicon';
import { findTooiOrganisation } from '../../exports';
// The XSD validator itself, not the exports' index: its WebAssembly stays out of the pages that
// import the index; the command line hands it to the exports as their validator.
import { validateXmlFiles } from '../../exports/validate-xml';
import { buildDecisionPackage, readAttachmentText } from '../../filing/woo';
import type { GraphClient } from '../../graph';
import type { WooSite } from '../../graph/woo';
import type { CliIo } from '../shared/cli-io';
import { prepareFileOutput } from '../export/atomic-output';
import type { WooCommand } from './woo-args';
import { WooFailure } from './woo-failure';

const PHASES = {
  reading: { nl: 'gelezen', en: 'read' },
  writing: { nl: 'geschreven', en: 'written' },
  finishing: { nl: 'afronden', en: 'finishing' },
} as const;

/**
 * `bronvast woo package`: writes the decision package beside `--out` as it goes (memory holds
 * one document at a time) and renames it into place only when complete; a failure removes it.
 */
export async function runPackage(
  client: GraphClient,
  woo: WooSite,
  command: Extract<WooCommand, { kind: 'package' }>,
  io: CliIo,
): Promise<void> {
  if (typeof (await findTooiOrganisation(command.organisation.tooiUri)) === 'string')
    throw new WooFailure('missing-organisation', command.organisation.tooiUri);
  const prepared = await prepareFileOutput(command.out);
  if (!('output' in prepared))
    throw new WooFailure('output-unwritable', prepared.ok ? command.out : prepared.detail);
  const { output } = prepared;
  const file = createWriteStream(output.partPath);
  try {
    const summary = await buildDecisionPackage({
      client,
      woo,
      zaaknummer: command.zaaknummer,
      reader: readAttachmentText,
      validate: validateXmlFiles,
      findPersonalData: (text) => findPersonalData(text, shippedNameLexicon()),
      xml: {
        organisation: command.organisation,
        organisationDomains: command.organisationDomains,
      },
      sink: {
        write: async (chunk) => {
          if (!file.write(chunk)) await once(file, 'drain');
        },
      },
      onProgress: (progress) =>
        io.writeError(`${PHASES[progress.phase][command.lang]} ${progress.done}/${progress.total}`),
    });
    await new Promise<void>((resolve, reject) =>
      file.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const committed = await output.commit();
    if (!committed.ok) throw new WooFailure('output-unwritable', committed.detail);
    const english = command.lang === 'en';
    await io.writeLine(
      english
        ? `${command.out}: ${summary.documents} documents, ${summary.published} published; ${summary.undecidedProposals} redaction proposals nobody decided on were taken as accepted; ${summary.derivedAssessments} assessments derived; ${summary.unreadable} unreadable.`
        : `${command.out}: ${summary.documents} documenten, ${summary.published} openbaar gemaakt; ${summary.undecidedProposals} lakvoorstellen zonder beslissing als aanvaard behandeld; ${summary.derivedAssessments} beoordelingen afgeleid; ${summary.unreadable} onleesbaar.`,
    );
  } catch (error) {
    file.destroy();
    await output.abort();
    throw error;
  }
}
