import type { LabelTexts } from './label-texts';

/** Column and value labels in Dutch. */
export const LABELS_NL: LabelTexts = {
  showCodes: 'Codes tonen',
  columns: {
    BronvastSourceKind: 'Soort bron',
    BronvastSourceId: 'Bron-id',
    BronvastDedupKey: 'Ontdubbelsleutel',
    BronvastDossier: 'Dossier',
    BronvastWooCategory: 'Informatiecategorie',
    BronvastAssessment: 'Beoordeling',
    BronvastGrounds: 'Weigeringsgronden',
    BronvastRelevance: 'Beleidsrelevantie',
    BronvastToelichting: 'Toelichting',
    BronvastFiledBy: 'Vastgelegd door',
    BronvastFiledAt: 'Vastgelegd op',
    BronvastSha256: 'SHA-256',
    BronvastReviewStatus: 'Status',
    BronvastDuplicateOf: 'Dubbel van',
    MailFrom: 'Van',
    MailTo: 'Aan',
    MailCc: 'Cc',
    MailSubject: 'Onderwerp',
    MailSent: 'Verzonden',
    MailReceived: 'Ontvangen',
    MailConversationId: 'Gesprek-id',
    MailHasAttachments: 'Met bijlagen',
  },
  yes: 'ja',
  no: 'nee',
  noCategory: 'Geen informatiecategorie',
  unknownCategory: (code) => `onbekende categorie ${code}`,
};
