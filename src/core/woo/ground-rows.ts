import type { GroundCode } from '../woo-codes';
import type { LocalizedText } from './localized-text';

/**
 * How a ground applies: absolute (no weighing once it applies), relative (weighed against the
 * public interest in disclosure), temporary (postpones disclosure) or a ground of its own
 * outside art. 5.1 (art. 5.2 personal policy opinions).
 */
export type GroundKind = 'absolute' | 'relative' | 'temporary' | 'own-ground';

/** One ground as written in the list: code, article, lid, onderdeel, kind, label. */
export type GroundRow = readonly [
  GroundCode,
  string,
  number | null,
  string | null,
  GroundKind,
  LocalizedText,
];

// Labels follow the law's text (art. 5.1 Woo as in force since 1 May 2022), close to the labels
// of the Rijk's Woo platform (open.minvws.nl, `Citation.php`) but not identical: where the
// platform departs from the law, the law wins (5.1.2d toezicht "door" bestuursorganen; 5.1.2f
// keeps "andere dan vertrouwelijk verstrekte", the contrast with 5.1.1c; 5.1.2h personen "en"
// bedrijven). 5.1.4, 5.4 and 5.4a have no label there and are named after their text. 5.1.6
// (milieu-informatie) is not a `GroundCode` a message can get; the practice code "dubbel" is a
// `PracticeCode` (practice-codes.ts).
/** The exception grounds of Woo chapter 5, in the order of the law. */
export const GROUND_ROWS: readonly GroundRow[] = [
  ['5.1.1a', '5.1', 1, 'a', 'absolute', { nl: 'Eenheid van de Kroon', en: 'Unity of the Crown' }],
  [
    '5.1.1b',
    '5.1',
    1,
    'b',
    'absolute',
    { nl: 'Veiligheid van de Staat', en: 'Security of the State' },
  ],
  [
    '5.1.1c',
    '5.1',
    1,
    'c',
    'absolute',
    {
      nl: 'Vertrouwelijk verstrekte bedrijfs- of fabricagegegevens',
      en: 'Business or manufacturing data supplied in confidence',
    },
  ],
  [
    '5.1.1d',
    '5.1',
    1,
    'd',
    'absolute',
    { nl: 'Bijzondere persoonsgegevens', en: 'Special categories of personal data' },
  ],
  [
    '5.1.1e',
    '5.1',
    1,
    'e',
    'absolute',
    { nl: 'Nationale identificatienummers', en: 'National identification numbers' },
  ],
  [
    '5.1.2a',
    '5.1',
    2,
    'a',
    'relative',
    { nl: 'Internationale betrekkingen', en: 'International relations' },
  ],
  [
    '5.1.2b',
    '5.1',
    2,
    'b',
    'relative',
    {
      nl: 'Economische of financiële belangen van de Staat',
      en: 'Economic or financial interests of the State',
    },
  ],
  [
    '5.1.2c',
    '5.1',
    2,
    'c',
    'relative',
    {
      nl: 'Opsporing en vervolging van strafbare feiten',
      en: 'Investigation and prosecution of criminal offences',
    },
  ],
  [
    '5.1.2d',
    '5.1',
    2,
    'd',
    'relative',
    {
      nl: 'Inspectie, controle en toezicht door bestuursorganen',
      en: 'Inspection, control and supervision by administrative authorities',
    },
  ],
  [
    '5.1.2e',
    '5.1',
    2,
    'e',
    'relative',
    { nl: 'Eerbiediging van de persoonlijke levenssfeer', en: 'Respect for privacy' },
  ],
  [
    '5.1.2f',
    '5.1',
    2,
    'f',
    'relative',
    {
      nl: 'Bescherming van andere dan vertrouwelijk verstrekte concurrentiegevoelige bedrijfs- en fabricagegegevens',
      en: 'Protection of competition-sensitive business and manufacturing data other than those supplied in confidence',
    },
  ],
  [
    '5.1.2g',
    '5.1',
    2,
    'g',
    'relative',
    {
      nl: 'Bescherming van het milieu waarop deze informatie betrekking heeft',
      en: 'Protection of the environment the information concerns',
    },
  ],
  [
    '5.1.2h',
    '5.1',
    2,
    'h',
    'relative',
    {
      nl: 'Beveiliging van personen en bedrijven en het voorkomen van sabotage',
      en: 'Security of persons and companies and prevention of sabotage',
    },
  ],
  [
    '5.1.2i',
    '5.1',
    2,
    'i',
    'relative',
    {
      nl: 'Het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen',
      en: 'The proper functioning of the State, other public bodies or administrative authorities',
    },
  ],
  [
    '5.1.4',
    '5.1',
    4,
    null,
    'temporary',
    { nl: 'Geadresseerde neemt als eerste kennis', en: 'Addressee takes note first' },
  ],
  [
    '5.1.5',
    '5.1',
    5,
    null,
    'relative',
    { nl: 'Het voorkomen van onevenredige benadeling', en: 'Prevention of disproportionate harm' },
  ],
  [
    '5.2',
    '5.2',
    null,
    null,
    'own-ground',
    { nl: 'Persoonlijke beleidsopvattingen', en: 'Personal policy opinions' },
  ],
  [
    '5.4',
    '5.4',
    null,
    null,
    'temporary',
    { nl: 'Informatie die berust bij de formateur', en: 'Information held by the formateur' },
  ],
  [
    '5.4a',
    '5.4a',
    1,
    null,
    'absolute',
    {
      nl: 'Ondersteuning van individuele volksvertegenwoordigers',
      en: 'Support of individual elected representatives',
    },
  ],
];
