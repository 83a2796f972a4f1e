import type { UiLanguage } from '../../texts';
import type { OpenProblem } from './open-record-system';

/** The line that says why the record system cannot take the backlog, and what to do. */
export function openProblemLine(problem: OpenProblem, lang: UiLanguage): string {
  const nl = lang === 'nl';
  if (problem.kind === 'unknown-dossier') {
    return nl
      ? `bronvast: het dossier "${problem.dossier}" staat niet in het dossierregister van de site`
      : `bronvast: the dossier "${problem.dossier}" is not in the site's dossier registry`;
  }
  if (problem.kind === 'report-unwritable') {
    return nl
      ? `bronvast: het rapport ${problem.path} kan niet worden geschreven`
      : `bronvast: the report ${problem.path} cannot be written`;
  }
  const lists = problem.missing.join(', ');
  return nl
    ? `bronvast: de site mist de lijsten ${lists}; richt haar in met npm run provision`
    : `bronvast: the site lacks the lists ${lists}; set it up with npm run provision`;
}
