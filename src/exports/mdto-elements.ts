import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { MdtoBegrip } from './mdto-terms';
import { xmlText } from './xml-text';

/** An identification: the kenmerk and the source that gave it. */
export interface Kenmerk {
  readonly kenmerk: string;
  readonly bron: string;
}

/** An element with text, written safely (see {@link xmlText}). */
export function textElement(parent: XMLBuilder, name: string, text: string): XMLBuilder {
  return parent.ele(name).txt(xmlText(text));
}

/** `identificatieGegevens`. */
export function identificatie(parent: XMLBuilder, name: string, id: Kenmerk): void {
  const element = parent.ele(name);
  textElement(element, 'identificatieKenmerk', id.kenmerk);
  textElement(element, 'identificatieBron', id.bron);
}

/** `verwijzingGegevens`: a name and, where known, an identification. */
export function verwijzing(parent: XMLBuilder, name: string, naam: string, id?: Kenmerk): void {
  const element = parent.ele(name);
  textElement(element, 'verwijzingNaam', naam);
  if (id !== undefined) identificatie(element, 'verwijzingIdentificatie', id);
}

/** `begripGegevens`: label, code where the list has one, and the list. */
export function begrip(parent: XMLBuilder, name: string, value: MdtoBegrip): void {
  const element = parent.ele(name);
  textElement(element, 'begripLabel', value.label);
  if (value.code !== undefined) textElement(element, 'begripCode', value.code);
  verwijzing(element, 'begripBegrippenlijst', value.lijst);
}

/** `eventGegevens`: its type, time and, where known, the responsible actor. */
export function event(parent: XMLBuilder, type: MdtoBegrip, at: Date, actor?: string): void {
  const element = parent.ele('event');
  begrip(element, 'eventType', type);
  element.ele('eventTijd').txt(at.toISOString());
  if (actor !== undefined && actor.trim() !== '')
    verwijzing(element, 'eventVerantwoordelijkeActor', actor);
}
