import { WOO_GROUNDS } from '../../core/woo';
import type { DeskGround } from '../../core/woo-desk';

/** Every ground a coordinator can cite, in the order of the law, then `dubbel`. */
export const DESK_GROUNDS: readonly DeskGround[] = [
  ...WOO_GROUNDS.map((ground) => ground.code),
  'dubbel',
];

/** A ground's label and explanation, in Dutch or English, for the desk's choosers. */
export function groundExplanation(
  code: DeskGround,
  language: 'nl' | 'en',
): { label: string; explanation: string } {
  if (code === 'dubbel')
    return language === 'en'
      ? {
          label: 'duplicate',
          explanation: 'The content is assessed in another document of this decision.',
        }
      : {
          label: 'dubbel',
          explanation: 'De inhoud is in een ander document van dit besluit beoordeeld.',
        };
  const ground = WOO_GROUNDS.find((candidate) => candidate.code === code);
  return {
    label: `${ground?.citation ?? code}: ${ground?.label[language] ?? ''}`,
    explanation: ground?.explanation[language] ?? '',
  };
}
