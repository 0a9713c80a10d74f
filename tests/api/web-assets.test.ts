import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

// How the built web app is served: precompressed copies, hashed assets cached for a year, the page revalidated.
describe('serving the web app', () => {
  let testApp: TestApp;
  let webRoot: string;
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'custodia-web-'));
    mkdirSync(join(webRoot, 'assets'));
    const page = '<!doctype html><title>Custodia</title><script src="/assets/app-Ab12.js"></script>';
    writeFileSync(join(webRoot, 'index.html'), page);
    writeFileSync(join(webRoot, 'assets', 'app-Ab12.js'), script);
    writeFileSync(join(webRoot, 'assets', 'app-Ab12.js.br'), brotliCompressSync(script));
    writeFileSync(join(webRoot, 'assets', 'app-Ab12.js.gz'), gzipSync(script));
    testApp = await createTestApp('sqlite', { seed: false, webRoot });
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends a hashed asset brotli-compressed when the browser accepts it, cached for a year', async () => {
    const response = await testApp.app.inject({
      url: '/assets/app-Ab12.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.rawPayload.equals(brotliCompressSync(script))).toBe(true);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await testApp.app.inject({
      url: '/assets/app-Ab12.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await testApp.app.inject({
      url: '/assets/app-Ab12.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('has the page revalidated on every visit, at / and at any client-side route', async () => {
    for (const url of ['/', '/registry/firearms']) {
      const response = await testApp.app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.body, url).toContain('<title>Custodia</title>');
    }
  });
});
