/** The Office.js stand-in of the workbench: the subset src/host uses, over the local Graph. */
export { createOfficeStandIn, type OfficeStandIn } from './create-office-standin';
export type { OfficeStandInOptions, StandInCompose, StandInDraft } from './standin-options';
