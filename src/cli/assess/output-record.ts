import type { Assessment, DisclosureAssessment, Message, Reason } from '../../core';
import type { UiLanguage } from '../../texts';
// The texts themselves, not the UI's index: the command line runs in Node and loads no React.
import { describeReason } from '../../texts';

/** A reason as the command line prints it: the code, its weight, the sentence and its parameters. */
export interface OutputReason {
  readonly code: string;
  readonly weight: number;
  readonly text: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The JSON line printed for one message. */
export interface OutputRecord {
  readonly id: string;
  readonly source: string;
  readonly subject: string;
  readonly policyRelevant: boolean;
  readonly score: number;
  readonly reasons: readonly OutputReason[];
  readonly dossiers: readonly { id: string; score: number; reasons: readonly OutputReason[] }[];
  readonly wooCategory: {
    code: string;
    tooiId: string;
    score: number;
    reasons: readonly OutputReason[];
  } | null;
  readonly assessment: {
    level: string;
    grounds: readonly string[];
    findings: readonly { type: string; start: number; end: number; text: string; ground: string }[];
    reasons: readonly OutputReason[];
  };
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** The printed form of one assessed message; `dossiers` is empty when no dossier fits. */
export function toOutputRecord(
  source: string,
  message: Message,
  assessment: Assessment,
  lang: UiLanguage,
): OutputRecord {
  const reasons = (list: readonly Reason[]): OutputReason[] => outputReasons(list, lang);
  const { relevance, dossiers, wooCategory, disclosure } = assessment;
  const suggestions = dossiers.kind === 'suggested' ? dossiers.suggestions : [];
  return {
    id: message.id,
    source,
    subject: message.subject,
    policyRelevant: relevance.relevant,
    score: round(relevance.score),
    reasons: reasons(relevance.reasons),
    dossiers: suggestions.map((s) => ({
      id: s.dossier,
      score: round(s.score),
      reasons: reasons(s.reasons),
    })),
    wooCategory:
      wooCategory === null
        ? null
        : {
            code: wooCategory.code,
            tooiId: wooCategory.tooiId,
            score: round(wooCategory.score),
            reasons: reasons(wooCategory.reasons),
          },
    assessment: outputDisclosure(disclosure, lang),
  };
}

function outputReasons(list: readonly Reason[], lang: UiLanguage): OutputReason[] {
  return list.map((reason) => ({
    code: reason.code,
    weight: round(reason.weight),
    text: describeReason(reason, lang),
    ...(reason.params === undefined ? {} : { params: reason.params }),
  }));
}

function outputDisclosure(
  disclosure: DisclosureAssessment,
  lang: UiLanguage,
): OutputRecord['assessment'] {
  return {
    level: disclosure.level,
    grounds: disclosure.grounds,
    findings: disclosure.findings.map(({ type, start, end, text, ground }) => ({
      type,
      start,
      end,
      text,
      ground,
    })),
    reasons: outputReasons(disclosure.reasons, lang),
  };
}
