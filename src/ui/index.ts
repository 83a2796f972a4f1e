/**
 * The public face of src/ui: the Fluent UI components every surface shares (assessment sections,
 * dossier picker, filing status, outbox), their hooks and the texts. The dossier search is
 * exported only through its lazy wrapper, so a surface's first paint stays small.
 */
export { AssessmentChoices, type AssessmentChoicesProps } from './AssessmentChoices';
export { DisclosureSection, type DisclosureSectionProps } from './DisclosureSection';
export { DossierPicker, type DossierPickerProps } from './DossierPicker';
export type { DossierSearchProps } from './DossierSearch';
export { LazyDossierSearch } from './LazyDossierSearch';
export { LazyUnfiledView } from './unfiled/LazyUnfiledView';
export type { UnfiledViewProps } from './unfiled/UnfiledView';
export type { UnfiledServices } from './unfiled/unfiled-services';
export { FilingStatus, type FilingStatusProps } from './FilingStatus';
export { HighlightedText, type HighlightedTextProps } from './HighlightedText';
export { OutboxList, type OutboxListProps } from './OutboxList';
export { ReasonList, type ReasonListProps } from './ReasonList';
export { RelevanceSection, type RelevanceSectionProps } from './RelevanceSection';
export { Section, type SectionProps } from './Section';
export { WooCategorySection, type WooCategorySectionProps } from './WooCategorySection';
export { dossierLabel, searchDossiers } from './dossier-label';
export { surfaceTexts } from './surface-texts';
export { plainTexts, TextsContext, useTexts, type Texts } from './TextsContext';
export { useNarrowFieldStyles } from './useNarrowFieldStyles';
export { useOutboxJob, useOutboxJobs } from './useOutbox';
export type { UiMessages } from './messages/ui-messages';
