import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { child, parseXml, type XmlElement } from './xml-tree';

/** The repository root. */
export const root = join(__dirname, '..', '..');
/** manifest.xml, parsed. */
export const manifest = parseXml(readFileSync(join(root, 'manifest.xml'), 'utf8'));
/** VersionOverrides 1.0 and the 1.1 block inside it. */
export const outer = child(manifest, 'VersionOverrides');
export const inner = child(outer, 'VersionOverrides');

/** The names of elements, in order. */
export const names = (elements: readonly XmlElement[]) => elements.map((element) => element.name);
/** An element's `xsi:type`. */
export const type = (element: XmlElement) => element.attributes['xsi:type'];
/** Stops a search at the nested VersionOverrides block. */
export const isVersionOverrides = (element: XmlElement) => element.name === 'VersionOverrides';
