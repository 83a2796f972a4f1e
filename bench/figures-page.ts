/** One bench section's figures as the last run left them, with when and under what load. */
export interface SectionFigures {
  readonly date: string;
  /** The machine's one-minute load average when the section started (as `uptime` prints it). */
  readonly load: number;
  readonly cores: number;
  readonly node: string;
  readonly figures: unknown;
}

/** True for a section as `.bench/results.json` keeps it (an older file's shape is dropped). */
export function isSectionFigures(value: unknown): value is SectionFigures {
  return (
    typeof value === 'object' &&
    value !== null &&
    'date' in value &&
    typeof value.date === 'string' &&
    'load' in value &&
    typeof value.load === 'number' &&
    'cores' in value &&
    typeof value.cores === 'number' &&
    'node' in value &&
    typeof value.node === 'string' &&
    'figures' in value
  );
}

const HEADER = [
  '# Figures',
  '',
  'Written by `npm run bench` (`--figures`, or a run of every section); do not edit by hand.',
  'Each section shows the figures of its last run, with the date, Node version, the number of',
  "cores and the machine's one-minute load average (`uptime`) when it started: figures measured",
  'under load are slower than the code. Earlier figures are in [CHANGELOG.md](../CHANGELOG.md).',
  'A section that was not measured says so.',
  '',
];

/** The page `docs/figures.md`: every section's current figures, none of their history. */
export function figuresPage(
  sections: readonly string[],
  results: Readonly<Record<string, SectionFigures>>,
): string {
  const parts = sections.map((name) => {
    const section = results[name];
    const command = `\`npm run bench -- --only ${name}\``;
    if (section === undefined) return `## ${name}\n\nNot measured yet: run ${command}.\n`;
    const when = `${section.date.slice(0, 10)}, Node ${section.node}, ${section.cores} cores, load ${section.load.toFixed(2)}`;
    return [
      `## ${name}`,
      '',
      `${when}. Measured by ${command}.`,
      '',
      ...table(section.figures),
      '',
    ].join('\n');
  });
  return [...HEADER, ...parts].join('\n');
}

function table(figures: unknown): string[] {
  const rows = flatten(figures, '');
  if (rows.length === 0) return ['(no figures)'];
  return [
    '| figure | value |',
    '| --- | --- |',
    ...rows.map(([key, value]) => `| ${key} | ${value} |`),
  ];
}

function flatten(value: unknown, prefix: string): (readonly [string, string])[] {
  if (value === null || typeof value !== 'object') return [[prefix || 'value', cell(value)]];
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'))
    return [[prefix || 'value', value.map(cell).join(', ')]];
  return Object.entries(value).flatMap(([key, inner]) =>
    flatten(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function cell(value: unknown): string {
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : value.toPrecision(4);
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
