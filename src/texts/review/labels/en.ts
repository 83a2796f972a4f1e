import type { LabelTexts } from './label-texts';

/** Column and value labels in English. */
export const LABELS_EN: LabelTexts = {
  showCodes: 'Show codes',
  columns: {
    BronvastSourceKind: 'Source kind',
    BronvastSourceId: 'Source id',
    BronvastDedupKey: 'Deduplication key',
    BronvastDossier: 'Dossier',
    BronvastWooCategory: 'Information category',
    BronvastAssessment: 'Assessment',
    BronvastGrounds: 'Exception grounds',
    BronvastRelevance: 'Policy relevance',
    BronvastToelichting: 'Note',
    BronvastFiledBy: 'Filed by',
    BronvastFiledAt: 'Filed at',
    BronvastSha256: 'SHA-256',
    BronvastReviewStatus: 'Status',
    BronvastDuplicateOf: 'Duplicate of',
    MailFrom: 'From',
    MailTo: 'To',
    MailCc: 'Cc',
    MailSubject: 'Subject',
    MailSent: 'Sent',
    MailReceived: 'Received',
    MailConversationId: 'Conversation id',
    MailHasAttachments: 'Has attachments',
  },
  yes: 'yes',
  no: 'no',
  noCategory: 'No information category',
  unknownCategory: (code) => `unknown category ${code}`,
};
