import type { LearningWarning } from '../../filing';
import type { UiLanguage } from '../../texts';

const LINES: Readonly<Record<UiLanguage, Readonly<Record<LearningWarning, string>>>> = {
  nl: {
    'relevance-adjustment-unreadable':
      'Let op: de geleerde aanpassing van de beleidsrelevantie is onleesbaar; de standaardweging wordt gebruikt.',
    'relevance-adjustment-unavailable':
      'Let op: de geleerde aanpassing van de beleidsrelevantie kon niet worden opgehaald; de standaardweging wordt gebruikt.',
    'relevance-adjustment-untrusted':
      'Let op: de geleerde aanpassing van de beleidsrelevantie is niet door een informatiebeheerder vastgelegd (of de groep informatiebeheerders is niet opgegeven of niet te lezen); de standaardweging wordt gebruikt.',
    'relevance-adjustment-out-of-bounds':
      'Let op: de geleerde aanpassing van de beleidsrelevantie bevat gewichten die leren nooit schrijft; de standaardweging wordt gebruikt.',
    'history-unavailable':
      'Let op: de eerder vastgelegde stukken konden niet worden gelezen; de dossiersuggestie gebruikt ze niet.',
  },
  en: {
    'relevance-adjustment-unreadable':
      'Note: the learnt policy relevance adjustment cannot be read; the shipped weights are used.',
    'relevance-adjustment-unavailable':
      'Note: the learnt policy relevance adjustment could not be fetched; the shipped weights are used.',
    'relevance-adjustment-untrusted':
      'Note: the learnt policy relevance adjustment was not stored by a records manager (or the records managers group was not given or cannot be read); the shipped weights are used.',
    'relevance-adjustment-out-of-bounds':
      'Note: the learnt policy relevance adjustment holds weights learning never writes; the shipped weights are used.',
    'history-unavailable':
      'Note: the records filed earlier could not be read; the dossier suggestion goes without them.',
  },
};

/** The line on stderr for a part of the learning that could not be used. */
export function learningWarningLine(warning: LearningWarning, lang: UiLanguage): string {
  return LINES[lang][warning];
}
