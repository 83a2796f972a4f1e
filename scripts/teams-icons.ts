// Draws the Teams app icons (color 192x192, outline 32x32 on transparent) into teams-manifest/.
// Run with `npx tsx scripts/teams-icons.ts`; the PNGs are committed, so builds need not run it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type Rgba } from '../emulator/seed/png';

const ACCENT: Rgba = [21, 76, 121, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** A page with a folded corner and a check mark, in a unit square (0..1). */
function mark(x: number, y: number, stroke: number): boolean {
  const inPage =
    x > 0.26 && x < 0.74 && y > 0.18 && y < 0.82 && !(x > 0.6 && y < 0.32 && x - 0.6 > y - 0.18);
  const onEdge =
    inPage && (x < 0.26 + stroke || x > 0.74 - stroke || y < 0.18 + stroke || y > 0.82 - stroke);
  const check1 = Math.abs(y - (0.52 + (x - 0.36))) < stroke && x > 0.36 && x < 0.46;
  const check2 = Math.abs(y - (0.62 - (x - 0.46) * 1.2)) < stroke && x >= 0.46 && x < 0.64;
  return onEdge || check1 || check2;
}

const color = encodePng(192, 192, (px, py) => {
  const x = (px + 0.5) / 192;
  const y = (py + 0.5) / 192;
  return mark(x, y, 0.035) ? WHITE : ACCENT;
});
const outline = encodePng(32, 32, (px, py) => {
  const x = (px + 0.5) / 32;
  const y = (py + 0.5) / 32;
  return mark(x, y, 0.06) ? WHITE : CLEAR;
});
const folder = join(__dirname, '..', 'teams-manifest');
writeFileSync(join(folder, 'color.png'), color);
writeFileSync(join(folder, 'outline.png'), outline);
