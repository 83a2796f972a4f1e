import { encodePng } from './png';

/**
 * A small bar chart as a screenshot pasted into the chat: the monitor's figures per ministry.
 * Drawn here so the seed needs no binary file.
 */
export function monitorChartPng(): Buffer {
  const bars = [0.55, 0.8, 0.35, 0.95, 0.7, 0.6];
  const width = 180;
  const height = 96;
  return encodePng(width, height, (x, y) => {
    const slot = Math.floor((x - 12) / 27);
    const inBar = x >= 12 && (x - 12) % 27 < 19 && slot < bars.length;
    const top = height - 8 - Math.round((bars[slot] ?? 0) * (height - 20));
    if (y >= height - 8 && y < height - 6) return [60, 60, 60, 255];
    if (inBar && y >= top && y < height - 8) return [21, 76, 121, 255];
    return [255, 255, 255, 255];
  });
}
