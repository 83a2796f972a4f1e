/**
 * The public face of src/ui: the Fluent UI components every surface shares (assessment sections,
 * dossier picker, filing status, outbox), their hooks and the texts. The dossier search is
 * exported only through its lazy wrapper, so a surface's first paint stays small.
 */
export { DisclosureSection } from './DisclosureSection';
export { DossierPicker } from './DossierPicker';
export { LazyDossierSearch } from './LazyDossierSearch';
export { LazyUnfiledView } from './unfiled/LazyUnfiledView';
export type { UnfiledServices } from './unfiled/unfiled-services';
export { FilingForm } from './FilingForm';
export { OutboxList } from './OutboxList';
export { RelevanceSection } from './RelevanceSection';
export { Section } from './Section';
export { dossierLabel } from './dossier-label';
export { displayText } from './display-text';
export { UntrustedText } from './UntrustedText';
export { surfaceTexts } from '../texts/shared/surface-texts';
export { TextsContext, useTexts } from './TextsContext';
export type { Texts } from '../texts/shared/texts';
export { useOutboxJob } from './useOutbox';
export type { FailureCode } from '../texts/codes/filing-error-texts';
