import type { LocalizedText } from '../../core/woo';
import type { WalkError } from './folder-walk';

/** Why a path or line of input was not read, said the same way by `assess` and `file`. */
export const INPUT_FILE_ERRORS: Readonly<Record<WalkError | 'line-too-large', LocalizedText>> = {
  'path-not-found': { nl: 'Dit pad bestaat niet.', en: 'This path does not exist.' },
  'file-unreadable': {
    nl: 'Het bestand of de map kan niet worden gelezen.',
    en: 'The file or folder cannot be read.',
  },
  'not-a-regular-file': {
    nl: 'Dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat); alleen gewone bestanden worden gelezen.',
    en: 'This is not a regular file (but, for example, a pipe or a device); only regular files are read.',
  },
  'file-too-large': {
    nl: 'Dit bestand is groter dan de grens per bericht (--max-size, standaard 150 MB) en is niet gelezen.',
    en: 'This file is larger than the limit per message (--max-size, default 150 MB) and was not read.',
  },
  'line-too-large': {
    nl: 'Deze regel is groter dan de grens per bericht (--max-size, standaard 150 MB) en is niet gelezen.',
    en: 'This line is larger than the limit per message (--max-size, default 150 MB) and was not read.',
  },
  'link-loop': {
    nl: 'Deze symbolische koppeling verwijst in een kring naar zichzelf en is niet gevolgd.',
    en: 'This symbolic link points to itself in a loop and was not followed.',
  },
  'link-broken': {
    nl: 'Deze symbolische koppeling verwijst naar iets dat niet bestaat.',
    en: 'This symbolic link points to something that does not exist.',
  },
  'folder-seen': {
    nl: 'Deze map is al gelezen (een symbolische koppeling leidt er nog eens heen) en is niet nog eens gelezen.',
    en: 'This folder was read already (a symbolic link leads to it again) and was not read twice.',
  },
};
