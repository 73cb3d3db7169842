import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkColorIcon, checkOutlineIcon, countNonWhiteVisiblePixels } from '../../src/package/iconRules.js';
import { drawColorIcon, drawOutlineIcon, parseHexColor } from '../../src/package/icons.js';

const ACCENT = '#2F5D8C';

function pixel(png: PNG, x: number, y: number): number[] {
  const offset = (y * png.width + x) * 4;
  return [...png.data.subarray(offset, offset + 4)];
}

describe('drawColorIcon', () => {
  const icon = PNG.sync.read(drawColorIcon(ACCENT));

  it('is 192×192', () => {
    expect([icon.width, icon.height]).toEqual([192, 192]);
  });

  it('is an opaque accent-coloured square with transparent rounded corners', () => {
    expect(pixel(icon, 20, 96)).toEqual([0x2f, 0x5d, 0x8c, 255]);
    expect(pixel(icon, 0, 0)[3]).toBe(0);
    expect(pixel(icon, 191, 191)[3]).toBe(0);
  });

  it('carries a white glyph', () => {
    const whitePixels = Array.from({ length: 192 * 192 }, (_, index) => pixel(icon, index % 192, Math.floor(index / 192)))
      .filter(([red, green, blue, alpha]) => red === 255 && green === 255 && blue === 255 && alpha === 255);
    expect(whitePixels.length).toBeGreaterThan(1000);
  });

  it('gives the same bytes every time', () => {
    expect(Buffer.compare(drawColorIcon(ACCENT), drawColorIcon(ACCENT))).toBe(0);
  });

  it('passes the colour icon rule', () => {
    expect(checkColorIcon('color.png', drawColorIcon(ACCENT))).toEqual([]);
  });
});

describe('drawOutlineIcon', () => {
  const bytes = drawOutlineIcon();
  const icon = PNG.sync.read(bytes);

  it('is 32×32', () => {
    expect([icon.width, icon.height]).toEqual([32, 32]);
  });

  it('has only fully transparent pixels and white pixels', () => {
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [red, green, blue, alpha] = pixel(icon, x, y);
        if (alpha! > 0) expect([red, green, blue]).toEqual([255, 255, 255]);
      }
    }
    expect(countNonWhiteVisiblePixels(icon)).toBe(0);
  });

  it('is transparent at the corners and has a visible glyph', () => {
    expect(pixel(icon, 0, 0)[3]).toBe(0);
    const opaque = Array.from({ length: 32 * 32 }, (_, index) => pixel(icon, index % 32, Math.floor(index / 32))[3]).filter(
      (alpha) => alpha === 255,
    );
    expect(opaque.length).toBeGreaterThan(50);
  });

  it('gives the same bytes every time and passes the outline rule', () => {
    expect(Buffer.compare(bytes, drawOutlineIcon())).toBe(0);
    expect(checkOutlineIcon('outline.png', bytes)).toEqual([]);
  });
});

describe('icon rules', () => {
  it('rejects an outline icon with a coloured pixel', () => {
    const icon = PNG.sync.read(drawOutlineIcon());
    icon.data.set([255, 0, 0, 255], (16 * 32 + 3) * 4);

    expect(checkOutlineIcon('outline.png', PNG.sync.write(icon))).toEqual([
      'icons.outline (outline.png): 1 pixel(s) are neither transparent nor white; Teams needs a white glyph on a transparent background',
    ]);
  });

  it('rejects icons of the wrong size and bytes that are not PNG', () => {
    expect(checkOutlineIcon('outline.png', drawColorIcon(ACCENT))).toEqual(['icons.outline (outline.png): is 192×192, Teams needs 32×32']);
    expect(checkColorIcon('color.png', drawOutlineIcon())).toEqual(['icons.color (color.png): is 32×32, Teams needs 192×192']);
    expect(checkColorIcon('color.png', Buffer.from('not a png'))[0]).toMatch(/^icons\.color \(color\.png\): not a readable PNG/);
  });

  it('rejects a fully transparent outline icon', () => {
    expect(checkOutlineIcon('outline.png', PNG.sync.write(new PNG({ width: 32, height: 32 })))).toEqual([
      'icons.outline (outline.png): the icon is fully transparent',
    ]);
  });

  it('reads #RRGGBB colours only', () => {
    expect(parseHexColor('#2F5D8C')).toEqual({ red: 0x2f, green: 0x5d, blue: 0x8c });
    expect(() => parseHexColor('2F5D8C')).toThrow('not a #RRGGBB colour');
  });
});
