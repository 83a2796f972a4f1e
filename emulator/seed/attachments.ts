import type { MimeAttachment } from '../mime/mime-message';
import { buildDocx } from './documents/docx';
import { buildPdf } from './documents/pdf';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Legal advice on chat messages under the Woo (PDF). */
export const ADVIES_BERICHTENAPPS: MimeAttachment = {
  name: 'Advies reikwijdte Woo bij chatberichten.pdf',
  contentType: PDF,
  content: buildPdf('Juridisch advies: reikwijdte Woo bij chatberichten', [
    'Kenmerk: BZK-2025-0021 | Datum: 5 november 2025 | Directie Wetgeving en Juridische Zaken',
    '1. Chatberichten over bestuurlijke aangelegenheden zijn documenten in de zin van artikel 2.1 Woo,',
    '   ongeacht het gebruikte kanaal of apparaat.',
    '2. Berichten met beleidswaarde moeten binnen vier weken worden vastgelegd in het dossier.',
    '3. Persoonlijke beleidsopvattingen in intern beraad kunnen op grond van artikel 5.2 Woo',
    '   worden geweigerd; feitelijke informatie niet.',
    'Advies: neem in de beleidsregel een bewaarplicht op en laat de vastlegging ondersteunen door de',
    'werkomgeving, zodat medewerkers niet zelf hoeven te exporteren.',
  ]),
};

/** Draft policy note on the messaging-app rule (Word). */
export const NOTA_BERICHTENAPPS: MimeAttachment = {
  name: 'Nota beleidsregel berichtenapps v0.3.docx',
  contentType: DOCX,
  content: buildDocx('Nota aan de minister: beleidsregel berichtenapps', [
    'Kenmerk: BZK-2025-0021',
    'Aanleiding: de Kamer heeft gevraagd om een rijksbrede regel voor het bewaren van chatberichten.',
    'Beslispunten: 1. Instemmen met de beleidsregel. 2. Instemmen met een overgangstermijn van zes maanden.',
    'Toelichting: de regel sluit aan op de Archiefwet en de Woo en is afgestemd met de CIO Rijk.',
  ]),
};

/** Draft covenant with the national archive (Word). */
export const CONVENANT_CONCEPT: MimeAttachment = {
  name: 'Convenant informatiehuishouding concept 2025-11-10.docx',
  contentType: DOCX,
  content: buildDocx('Convenant duurzame informatiehuishouding Rijk', [
    'Kenmerk: BZK-2025-0064 | Conceptversie 0.7',
    'Artikel 1. Partijen streven naar overbrenging van archiefwaardige informatie binnen tien jaar.',
    'Artikel 2. Het Nationaal Archief stelt het gezamenlijke e-depot beschikbaar.',
    'Artikel 3. Departementen leveren metadata volgens MDTO.',
  ]),
};

/** Advice of the Council of State (PDF). */
export const ADVIES_RAAD_VAN_STATE: MimeAttachment = {
  name: 'Advies W04.25.0131-I waarborgfunctie Grondwet.pdf',
  contentType: PDF,
  content: buildPdf('Advies Afdeling advisering Raad van State W04.25.0131/I', [
    'Onderwerp: voorstel van wet versterking waarborgfunctie van de Grondwet',
    'De Afdeling onderschrijft het doel van het voorstel, maar adviseert de verhouding tot de',
    'bestaande rechterlijke toetsing nader te motiveren.',
    'Dictum: de Afdeling adviseert het voorstel niet bij de Tweede Kamer in te dienen dan nadat met',
    'het vorenstaande rekening is gehouden.',
  ]),
};

/** Draft research report (PDF). */
export const CONCEPTRAPPORT_WEERBAARHEID: MimeAttachment = {
  name: 'Conceptrapport digitale weerbaarheid gemeenten.pdf',
  contentType: PDF,
  content: buildPdf('Conceptrapport: digitale weerbaarheid van middelgrote gemeenten', [
    'Opdrachtgever: ministerie van BZK, kenmerk BZK-2025-0098',
    'Bevinding 1: twee op de drie onderzochte gemeenten hebben geen actueel incidentresponsplan.',
    'Bevinding 2: de BIO-zelfevaluatie wordt vaak als afvinklijst gebruikt.',
    'Aanbeveling: ondersteun gemeenten met een gezamenlijke oefenvoorziening.',
  ]),
};
