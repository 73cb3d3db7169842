/** What Teams requires of the two icon files, checked on the PNG bytes that go into the package. */
import { PNG } from 'pngjs';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from './icons.js';

const WHITE = 255;

/** Problems with the colour icon: it must be a 192×192 PNG. */
export function checkColorIcon(fileName: string, bytes: Buffer): string[] {
  const label = `icons.color (${fileName})`;
  const decoded = decodePng(label, bytes);
  if (typeof decoded === 'string') return [decoded];
  return checkSize(label, decoded, COLOR_ICON_SIZE);
}

/**
 * Problems with the outline icon: it must be a 32×32 PNG whose every pixel is either fully
 * transparent or white (RGB 255, 255, 255) with some opacity.
 */
export function checkOutlineIcon(fileName: string, bytes: Buffer): string[] {
  const label = `icons.outline (${fileName})`;
  const decoded = decodePng(label, bytes);
  if (typeof decoded === 'string') return [decoded];
  const sizeProblems = checkSize(label, decoded, OUTLINE_ICON_SIZE);
  if (sizeProblems.length > 0) return sizeProblems;
  const offending = countNonWhiteVisiblePixels(decoded);
  if (offending > 0) {
    return [`${label}: ${offending} pixel(s) are neither transparent nor white; Teams needs a white glyph on a transparent background`];
  }
  if (countVisiblePixels(decoded) === 0) return [`${label}: the icon is fully transparent`];
  return [];
}

/** Pixels with alpha > 0 whose colour is not pure white. */
export function countNonWhiteVisiblePixels(png: PNG): number {
  let count = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const visible = png.data[offset + 3]! > 0;
    const white = png.data[offset] === WHITE && png.data[offset + 1] === WHITE && png.data[offset + 2] === WHITE;
    if (visible && !white) count++;
  }
  return count;
}

function countVisiblePixels(png: PNG): number {
  let count = 0;
  for (let offset = 3; offset < png.data.length; offset += 4) if (png.data[offset]! > 0) count++;
  return count;
}

function decodePng(label: string, bytes: Buffer): PNG | string {
  try {
    return PNG.sync.read(bytes);
  } catch (error) {
    return `${label}: not a readable PNG (${(error as Error).message})`;
  }
}

function checkSize(label: string, png: PNG, size: number): string[] {
  return png.width === size && png.height === size
    ? []
    : [`${label}: is ${png.width}×${png.height}, Teams needs ${size}×${size}`];
}
