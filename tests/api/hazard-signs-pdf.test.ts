import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type SignedIn, type TestApp } from '../support/test-app';

/*
 * The sign pack is printed as PDF; these tests render its pages to pixels with poppler's pdftoppm (as a
 * person would look at them) and check the shapes and colours: orange share of the sign, white corners
 * where the shape leaves them, the black numeral in the middle.
 */

interface Image {
  readonly width: number;
  readonly height: number;
  readonly rgb: Buffer;
}

/** A binary PPM (P6, maxval 255), pdftoppm's default output. */
function readPpm(file: string): Image {
  const data = readFileSync(file);
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(data[offset]!))) offset++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[offset]!))) token += String.fromCharCode(data[offset++]!);
    header.push(token);
  }
  offset++;
  expect(header[0]).toBe('P6');
  expect(header[3]).toBe('255');
  return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(offset) };
}

const pixel = (img: Image, x: number, y: number) => {
  const i = (y * img.width + x) * 3;
  return [img.rgb[i]!, img.rgb[i + 1]!, img.rgb[i + 2]!] as const;
};
// Sign orange is #F47B20 (244, 123, 32); anti-aliased edges fall outside these bounds.
const isOrange = ([r, g, b]: readonly number[]) => r! > 200 && g! > 80 && g! < 170 && b! < 90;
const isWhite = ([r, g, b]: readonly number[]) => r! > 235 && g! > 235 && b! > 235;
const isDark = ([r, g, b]: readonly number[]) => r! < 80 && g! < 80 && b! < 80;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The bounding box of the orange pixels in the upper three quarters of the page (the captions are below). */
function orangeBox(img: Image): Box {
  let left = img.width;
  let top = img.height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < img.height * 0.75; y++)
    for (let x = 0; x < img.width; x++)
      if (isOrange(pixel(img, x, y))) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  expect(right, 'no orange on the page').toBeGreaterThan(left);
  return { left, top, right, bottom };
}

/** Share of the pixels in a part of the box (fractions of its width and height) that pass the test. */
function share(
  img: Image,
  box: Box,
  test: (p: readonly number[]) => boolean,
  part = { x0: 0, y0: 0, x1: 1, y1: 1 },
) {
  const w = box.right - box.left;
  const h = box.bottom - box.top;
  let hits = 0;
  let total = 0;
  for (let y = Math.round(box.top + part.y0 * h); y <= Math.round(box.top + part.y1 * h); y++)
    for (let x = Math.round(box.left + part.x0 * w); x <= Math.round(box.left + part.x1 * w); x++) {
      total++;
      if (test(pixel(img, x, y))) hits++;
    }
  return hits / total;
}

const corner = {
  topLeft: { x0: 0, y0: 0, x1: 0.08, y1: 0.08 },
  topRight: { x0: 0.92, y0: 0, x1: 1, y1: 0.08 },
  bottomLeft: { x0: 0, y0: 0.92, x1: 0.08, y1: 1 },
  bottomRight: { x0: 0.92, y0: 0.92, x1: 1, y1: 1 },
};
const centre = { x0: 0.4, y0: 0.35, x1: 0.6, y1: 0.65 };

describe('printed sign pack (PDF pages rendered to pixels)', () => {
  let t: TestApp;
  let manager: SignedIn;
  let dir: string;
  let seq = 0;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    manager = await signIn(t.app, 'gerente@andina.example');
    dir = mkdtempSync(path.join(tmpdir(), 'custodia-signs-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  /** A store holding one lot of the given class, its full-size pack rendered at 50 dpi, one image per page. */
  async function packPages(lot: object, size = 'full'): Promise<Image[]> {
    const code = `SGN-${++seq}`;
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: as(manager),
      payload: {
        idempotencyKey: `signs-${code}`,
        organisationId: manager.organisationId,
        code,
        name: code,
        kind: 'ammunition-store',
      },
    });
    const facilityId = registered.json().entry.payload.facilityId as string;
    const received = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${manager.organisationId}/ammunition`,
      headers: as(manager),
      payload: {
        idempotencyKey: `signs-lot-${code}`,
        facilityId,
        rounds: 1000,
        lotNumber: code,
        calibre: '9mm',
        manufacturer: 'CBC',
        neqKgPer1000: '0.4',
        ...lot,
      },
    });
    expect(received.statusCode, received.body).toBe(201);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/facilities/${facilityId}/signs.pdf?size=${size}`,
      headers: as(manager),
    });
    expect(pdf.statusCode).toBe(200);
    const file = path.join(dir, `${code}.pdf`);
    writeFileSync(file, pdf.rawPayload);
    execFileSync('pdftoppm', ['-r', '50', file, path.join(dir, code)]);
    return readdirSync(dir)
      .filter((f) => f.startsWith(`${code}-`) && f.endsWith('.ppm'))
      .sort()
      .map((f) => readPpm(path.join(dir, f)));
  }

  it('prints 1.4S as the fire-division 4 diamond, then the orange class 1 placard, on A4 pages', async () => {
    const pages = await packPages({ unNumber: '0012' });
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      // A4 (210 × 297 mm) at 50 dpi, give or take poppler's rounding.
      expect(Math.abs(page.width - 413)).toBeLessThanOrEqual(1);
      expect(Math.abs(page.height - 585)).toBeLessThanOrEqual(1);
    }
    const [fd, placard] = pages as [Image, Image];
    const box = orangeBox(fd);
    // Full size: 170 mm at 50 dpi is about 335 px wide.
    expect(box.right - box.left).toBeGreaterThan(300);
    expect(Math.abs(box.right - box.left - (box.bottom - box.top))).toBeLessThan(6);
    const orange = share(fd, box, isOrange);
    expect(orange).toBeGreaterThan(0.35);
    expect(orange).toBeLessThan(0.55);
    for (const part of Object.values(corner)) expect(share(fd, box, isWhite, part)).toBeGreaterThan(0.95);
    expect(share(fd, box, isDark, centre)).toBeGreaterThan(0.1);

    const placardBox = orangeBox(placard);
    expect(share(placard, placardBox, isOrange)).toBeGreaterThan(0.3);
    for (const part of Object.values(corner))
      expect(share(placard, placardBox, isWhite, part)).toBeGreaterThan(0.95);
  });

  it('prints fire division 3 as an inverted triangle: orange at the top corners, white at the bottom', async () => {
    const [fd] = (await packPages({ unNumber: '0417' })) as [Image];
    const box = orangeBox(fd);
    expect(share(fd, box, isOrange, corner.topLeft)).toBeGreaterThan(0.5);
    expect(share(fd, box, isOrange, corner.topRight)).toBeGreaterThan(0.5);
    expect(share(fd, box, isWhite, corner.bottomLeft)).toBeGreaterThan(0.95);
    expect(share(fd, box, isWhite, corner.bottomRight)).toBeGreaterThan(0.95);
  });

  it('prints fire division 1 as an octagon: most of its box orange, the cut corners white', async () => {
    const [fd] = (await packPages({ hazardDivision: '1.1', compatibilityGroup: 'D' })) as [Image];
    const box = orangeBox(fd);
    expect(share(fd, box, isOrange)).toBeGreaterThan(0.7);
    for (const part of Object.values(corner)) expect(share(fd, box, isWhite, part)).toBeGreaterThan(0.95);
    // The middle of each side is orange (a diamond would leave it white).
    expect(share(fd, box, isOrange, { x0: 0, y0: 0.45, x1: 0.05, y1: 0.55 })).toBeGreaterThan(0.5);
  });

  it('prints half size at half the width, two signs to a page', async () => {
    const pages = await packPages({ unNumber: '0012' }, 'half');
    expect(pages).toHaveLength(1);
    const box = orangeBox(pages[0]!);
    expect(box.right - box.left).toBeGreaterThan(150);
    expect(box.right - box.left).toBeLessThan(180);
  });
});
