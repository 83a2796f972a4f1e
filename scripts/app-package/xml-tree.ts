import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One XML element with its attributes, child elements in document order, and its text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

type OrderedNode = Record<string, unknown>;

/** Parses XML into an ordered element tree; throws with the parser's message when malformed. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const root = nodes.map(toElement).find((element) => element !== null);
  if (root === undefined || root === null) throw new Error('no root element');
  return root;
}

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find(
    (key) => key !== ':@' && !key.startsWith('#') && !key.startsWith('?'),
  );
  if (name === undefined) return null;
  const content = node[name] as OrderedNode[];
  const attributes = (node[':@'] ?? {}) as Record<string, string>;
  const children = content.map(toElement).filter((child): child is XmlElement => child !== null);
  const text = content
    .map((child) => child['#text'])
    .filter((value) => value !== undefined)
    .join('');
  return { name, attributes, children, text: String(text) };
}

/** Every element below (and including) `root`, depth first, in document order. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

/** The first child with this name; throws so a missing element fails the test that needs it. */
export function child(parent: XmlElement, name: string): XmlElement {
  const found = parent.children.find((element) => element.name === name);
  if (found === undefined) throw new Error(`<${parent.name}> has no <${name}>`);
  return found;
}

/** All elements named `name` below `root`, without descending into `stopAt` elements. */
export function findAll(
  root: XmlElement,
  name: string,
  stopAt?: (element: XmlElement) => boolean,
): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    if (element.name === name) found.push(element);
    for (const next of element.children) if (stopAt === undefined || !stopAt(next)) visit(next);
  };
  visit(root);
  return found;
}
