import type { Dossier, FiledMessage } from '../dossier';
import { aConversation, aDossier, aFiledMessage, aMessage, aParty } from './message-builder';

// Hand-written fixtures for dossier tests: a small registry and the mail filed in it.

/** Four dossiers: three open (one with a zaaknummer among its keywords), one closed. */
export const registry: readonly Dossier[] = [
  aDossier('BZK-2025-0113', {
    title: 'Windpark Spoorzone',
    description: 'Vergunningverlening en participatie voor het windpark langs de spoorzone',
    keywords: ['windturbines', 'geluid', 'omwonenden'],
  }),
  aDossier('BZK-2025-0207', {
    title: 'Subsidieregeling groene daken',
    description: 'Subsidie voor groene daken en regenwateropvang bij woningen',
  }),
  aDossier('BZK-2024-0940', {
    title: 'Herinrichting Marktplein',
    description: 'Herinrichting van het Marktplein met terrassen, bomen en een fontein',
    status: 'closed',
  }),
  aDossier('BZK-2025-0301', {
    title: 'Inkoop jeugdzorg 2026',
    description: 'Aanbesteding en inkoop van jeugdzorg voor 2026',
    keywords: ['Z-2025-004512'],
  }),
];

/** An outside correspondent whose mail a colleague filed in the wind farm dossier. */
export const WIND_EXPERT = aParty('p.bakker@windenergie.example', 'Pieter Bakker');
/** Filed mail: colleagues' filings in three dossiers, one conversation in the closed one. */
export const history: readonly FiledMessage[] = [
  aFiledMessage(
    'BZK-2025-0113',
    aMessage({
      subject: 'Geluidsmetingen windturbines',
      from: WIND_EXPERT,
      bodyText:
        'De geluidsmetingen bij de windturbines laten zien dat omwonenden hinder ondervinden.',
    }),
    'Karin Smit',
  ),
  aFiledMessage(
    'BZK-2025-0113',
    aMessage({
      subject: 'Participatieavond windpark',
      from: WIND_EXPERT,
      bodyText:
        'Verslag van de participatieavond over het windpark met omwonenden van de spoorzone.',
    }),
    'Karin Smit',
  ),
  aFiledMessage(
    'BZK-2025-0207',
    aMessage({
      subject: 'Aanvragen subsidie groene daken',
      bodyText: 'Er zijn veertig aanvragen voor subsidie op groene daken binnengekomen.',
    }),
    'Ahmed el Amrani',
  ),
  aFiledMessage(
    'BZK-2024-0940',
    aMessage({
      conversationId: aConversation('conv-marktplein'),
      subject: 'Fontein Marktplein',
      bodyText:
        'De fontein op het Marktplein wordt in het voorjaar geplaatst, tussen de terrassen.',
    }),
  ),
];
