/**
 * The two app icons, drawn in code so no binary file is committed: a 192×192 colour icon
 * (accent-coloured rounded square with a white glyph) and a 32×32 outline icon (the same
 * glyph, white on transparent). The glyph is two overlapping rings: two people who know each
 * other. Edges are anti-aliased by supersampling; the bytes are the same on every run.
 */
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** A shape in unit coordinates: (0, 0) is the top-left corner of the icon, (1, 1) the bottom-right. */
type Shape = (x: number, y: number) => boolean;

type Ring = { readonly centerX: number; readonly centerY: number; readonly outerRadius: number; readonly width: number };

/** Samples per pixel side: each pixel's coverage is counted over a SUBSAMPLES × SUBSAMPLES grid. */
const SUBSAMPLES = 4;
const SAMPLES_PER_PIXEL = SUBSAMPLES * SUBSAMPLES;
const WHITE = 255;

/** Corner radius of the colour icon's background, as a fraction of its side. */
const BACKGROUND_CORNER_RADIUS = 0.22;

/** The colour icon's glyph leaves a margin inside the rounded square. */
const COLOR_GLYPH = twoRings({ centerDistance: 0.23, outerRadius: 0.2, width: 0.062 });
/** The outline icon's glyph fills the small icon, with strokes about 3 px wide. */
const OUTLINE_GLYPH = twoRings({ centerDistance: 0.32, outerRadius: 0.29, width: 0.09 });

/** The 192×192 colour icon as PNG bytes. `accentColor` is `#RRGGBB`, the manifest's accentColor. */
export function drawColorIcon(accentColor: string): Buffer {
  const accent = parseHexColor(accentColor);
  const background = roundedSquare(BACKGROUND_CORNER_RADIUS);
  return drawPng(COLOR_ICON_SIZE, (x, y) => {
    const backgroundSamples = countSamples(background, COLOR_ICON_SIZE, x, y);
    const glyphSamples = countSamples(COLOR_GLYPH, COLOR_ICON_SIZE, x, y);
    const mix = (channel: number) => blend(channel, WHITE, glyphSamples);
    return [mix(accent.red), mix(accent.green), mix(accent.blue), toAlpha(backgroundSamples)];
  });
}

/** The 32×32 outline icon as PNG bytes: every pixel white, opaque where the glyph is, transparent elsewhere. */
export function drawOutlineIcon(): Buffer {
  return drawPng(OUTLINE_ICON_SIZE, (x, y) => [WHITE, WHITE, WHITE, toAlpha(countSamples(OUTLINE_GLYPH, OUTLINE_ICON_SIZE, x, y))]);
}

export function parseHexColor(hex: string): { red: number; green: number; blue: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #RRGGBB colour: ${JSON.stringify(hex)}`);
  return { red: parseInt(match[1]!, 16), green: parseInt(match[2]!, 16), blue: parseInt(match[3]!, 16) };
}

function drawPng(size: number, pixelAt: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data.set(pixelAt(x, y), (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png, { colorType: 6, inputColorType: 6, bitDepth: 8 });
}

/** How many of the pixel's SAMPLES_PER_PIXEL sample points fall inside the shape. */
function countSamples(shape: Shape, size: number, pixelX: number, pixelY: number): number {
  let inside = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      if (shape((pixelX + (sx + 0.5) / SUBSAMPLES) / size, (pixelY + (sy + 0.5) / SUBSAMPLES) / size)) inside++;
    }
  }
  return inside;
}

function toAlpha(samples: number): number {
  return Math.round((WHITE * samples) / SAMPLES_PER_PIXEL);
}

/** `from` moved towards `to` by the covered fraction of the pixel. */
function blend(from: number, to: number, samples: number): number {
  return Math.round((from * (SAMPLES_PER_PIXEL - samples) + to * samples) / SAMPLES_PER_PIXEL);
}

function roundedSquare(cornerRadius: number): Shape {
  return (x, y) => {
    const dx = Math.max(cornerRadius - x, 0, x - (1 - cornerRadius));
    const dy = Math.max(cornerRadius - y, 0, y - (1 - cornerRadius));
    return dx * dx + dy * dy <= cornerRadius * cornerRadius;
  };
}

/** Two rings of equal size side by side, centred in the icon, overlapping in the middle. */
function twoRings(options: { centerDistance: number; outerRadius: number; width: number }): Shape {
  const rings: Ring[] = [-1, 1].map((side) => ({
    centerX: 0.5 + (side * options.centerDistance) / 2,
    centerY: 0.5,
    outerRadius: options.outerRadius,
    width: options.width,
  }));
  return (x, y) => rings.some((ring) => insideRing(ring, x, y));
}

function insideRing(ring: Ring, x: number, y: number): boolean {
  const distance = Math.hypot(x - ring.centerX, y - ring.centerY);
  return distance <= ring.outerRadius && distance >= ring.outerRadius - ring.width;
}
