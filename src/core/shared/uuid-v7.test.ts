import { describe, expect, it } from 'vitest';
import { formatUuidV7, isUuid } from './uuid-v7';

describe('UUIDv7', () => {
  const random = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it('encodes version 7 and the RFC variant', () => {
    const id = formatUuidV7(Date.UTC(2026, 10, 28), random);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('sorts by creation time', () => {
    const earlier = formatUuidV7(1_700_000_000_000, random);
    const later = formatUuidV7(1_700_000_000_001, new Uint8Array(10));
    expect(earlier < later).toBe(true);
  });

  it('puts the millisecond timestamp in the first 48 bits', () => {
    const id = formatUuidV7(0x0123456789ab, random);
    expect(id.startsWith('01234567-89ab-')).toBe(true);
  });
});
