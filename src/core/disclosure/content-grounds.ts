import type { Reason } from '../reason';
import type { GroundCode } from '../woo-codes';
import type { DisclosureReasonCode } from './reason-codes';

/** Whether a ground covers parts of the message (redact those) or the message as a whole. */
export type GroundScope = 'part' | 'whole';

/** One ground found in a message, with why and how much of the message it covers. */
export interface GroundHit {
  readonly ground: GroundCode;
  readonly scope: GroundScope;
  readonly reason: Reason;
}

/** What the content cues need to know besides the text. */
export interface ContentContext {
  /** Subject and body, lower case, without diacritics. */
  readonly text: string;
  readonly internalOnly: boolean;
}

interface WordingCue {
  readonly ground: GroundCode;
  readonly code: DisclosureReasonCode;
  readonly scope: GroundScope;
  readonly weight: number;
  readonly wording: RegExp;
  /** A second condition in the same message (for 5.1.1c: confidentiality and business data). */
  readonly alongside?: RegExp;
  readonly onlyInternal?: boolean;
}

const CONFIDENTIAL =
  /\b(?:strikt )?vertrouwelijk\w*|\bconfidential\b|in vertrouwen (?:gedeeld|verstrekt|gegeven)/;
const BUSINESS_DATA =
  /bedrijfsgegevens|bedrijfsgevoelig\w*|concurrentiegevoelig\w*|\bofferte\w*|\btarie(?:f|ven)\w*|prijsopgave\w*|kostprijs\w*|\bomzet\w*|\bmarge\w*|fabricage\w*|\bpricing\b/;

// In order of the law; the first cue that matches decides the wording named for its ground.
const CUES: readonly WordingCue[] = [
  {
    ground: '5.1.1c',
    code: 'confidential-business-data',
    scope: 'whole',
    weight: 0.8,
    wording: BUSINESS_DATA,
    alongside: CONFIDENTIAL,
  },
  {
    ground: '5.1.2d',
    code: 'inspection-supervision',
    scope: 'part',
    weight: 0.5,
    wording:
      /\binspectie\w*|toezichthouder\w*|toezichtsonderzoek\w*|handhavingstraject\w*|handhavingsverzoek\w*|controlebezoek\w*|onaangekondigde? (?:controle|bezoek)\w*|last onder (?:dwangsom|bestuursdwang)|vooraankondiging\w*/,
  },
  {
    ground: '5.1.2b',
    code: 'economic-interest-state',
    scope: 'part',
    weight: 0.6,
    wording:
      /\baanbesteding\w*|onderhandeling\w*|onderhandelingspositie|koersgevoelig\w*|\bgunning\w*|inschrijvingsprijs|grondprijs\w*|biedingen|\bbieding\b|tender\w*/,
  },
  {
    ground: '5.1.2i',
    code: 'functioning-of-state',
    scope: 'part',
    weight: 0.5,
    // A marking ("vertrouwelijk", "geheim", "embargo", "niet verspreiden") is no Woo ground by
    // itself: 5.1.2i is proposed only where the text names confidential consultation between
    // authorities, whose functioning the ground protects.
    wording:
      /vertrouwelijk (?:bestuurlijk |interbestuurlijk )?overleg|vertrouwelijke (?:bestuurlijke |interbestuurlijke )?afstemming|bestuurlijk (?:vertrouwelijk|gevoelig) overleg/,
  },
  {
    ground: '5.2',
    code: 'personal-policy-opinion',
    scope: 'part',
    weight: 0.6,
    onlyInternal: true,
    wording:
      /\bik vind\b|mijns inziens|\bm\.i\.|naar mijn (?:mening|idee|oordeel)|ik ben van mening|ik adviseer|mijn (?:advies|voorstel)\b|ik stel voor|ik zou (?:willen )?voorstellen|persoonlijk zou ik|wat mij betreft|ik denk dat|volgens mij|in my (?:opinion|view)|\bi (?:think|suggest|recommend|would propose)\b/,
  },
];

/**
 * The grounds that the wording of a message points to: confidential business data (5.1.1c),
 * inspection and supervision (5.1.2d), economic or financial interests of the State (5.1.2b),
 * the proper functioning of the State (5.1.2i) and personal policy opinions in internal
 * deliberation (5.2, only when every party is internal). "Vertrouwelijk" next to business data
 * is 5.1.1c; on its own, like "geheim" or "embargo", it points to no ground.
 */
export function findContentGrounds(context: ContentContext): GroundHit[] {
  const hits: GroundHit[] = [];
  for (const cue of CUES) {
    if (cue.onlyInternal === true && !context.internalOnly) continue;
    const found = cue.wording.exec(context.text);
    if (found === null) continue;
    const beside = cue.alongside?.exec(context.text);
    if (beside === null) continue;
    const wording = beside === undefined ? found[0] : `${beside[0]}, ${found[0]}`;
    if (cue.ground === '5.1.2i' && hits.some((hit) => hit.ground === '5.1.1c')) continue;
    hits.push({
      ground: cue.ground,
      scope: cue.scope,
      reason: { code: cue.code, weight: cue.weight, params: { wording } },
    });
  }
  return hits;
}
