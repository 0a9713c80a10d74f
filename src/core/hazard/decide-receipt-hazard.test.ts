import { describe, expect, it } from 'vitest';
import type { StoredLot } from './decide-receipt-hazard';
import { decideReceiptHazard } from './decide-receipt-hazard';
import { DEFAULT_HAZARD_RULES } from './hazard-rules';

const lot = (
  lotId: string,
  hd: string | null,
  cg: string | null,
  rounds: number,
  neq: number | null = 0.35,
): StoredLot => ({
  lotId,
  unNumber: null,
  hazardDivision: hd,
  compatibilityGroup: cg,
  neqKgPer1000: neq,
  rounds,
});
const decide = (over: Partial<Parameters<typeof decideReceiptHazard>[0]>) =>
  decideReceiptHazard({
    held: [],
    received: lot('new', '1.4', 'S', 100),
    maxNeqKg: null,
    rules: DEFAULT_HAZARD_RULES,
    mode: 'refuse',
    hasOverride: false,
    ...over,
  });

describe('deciding a receipt (issue 5: compatibility and licensed NEQ before the entry is written)', () => {
  it('accepts a compatible lot into a store without a limit', () => {
    expect(decide({ held: [lot('a', '1.4', 'C', 10)] })).toEqual({ ok: true, violations: [] });
  });

  it('refuses a lot of unknown classification whatever the mode', () => {
    for (const mode of ['refuse', 'warn-override'] as const) {
      expect(decide({ received: lot('x', null, null, 1), mode, hasOverride: true })).toEqual({
        ok: false,
        refusal: { code: 'HAZARD_CLASS_UNKNOWN' },
      });
    }
  });

  it('refuses A beside S (UN mixed-loading rules, fact sheet §1.3) and names the pair', () => {
    const decision = decide({ held: [lot('s', '1.4', 'S', 10)], received: lot('a', '1.1', 'A', 1) });
    expect(decision.ok).toBe(false);
    if (decision.ok || decision.refusal.code !== 'REFUSED') throw new Error('expected a refusal');
    expect(decision.refusal.violations[0]).toMatchObject({
      code: 'HAZARD_INCOMPATIBLE',
      conflicts: [{ a: 'A', b: 'S' }],
    });
  });

  it('only counts conflicts of the received group: a store already mixed under an override can still take S', () => {
    const held = [lot('b', '1.1', 'B', 1), lot('c', '1.3', 'C', 1)];
    expect(decide({ held, received: lot('s', '1.4', 'S', 1) }).ok).toBe(true);
  });

  it('refuses the receipt that takes the store above its licensed NEQ, counting rounds already held in the same lot', () => {
    const held = [lot('same', '1.4', 'S', 2000)];
    const decision = decide({ held, received: lot('same', '1.4', 'S', 1000), maxNeqKg: 1 });
    expect(decision).toEqual({
      ok: false,
      refusal: {
        code: 'REFUSED',
        violations: [{ code: 'NEQ_LIMIT_EXCEEDED', neqKgAfter: 1.05, maxNeqKg: 1, excessKg: 0.05 }],
      },
    });
    expect(decide({ held, received: lot('same', '1.4', 'S', 857), maxNeqKg: 1 }).ok).toBe(true);
  });

  it('refuses a lot of unknown NEQ where a limit applies, and ignores it where none does', () => {
    expect(decide({ received: lot('n', '1.4', 'S', 1, null), maxNeqKg: 5 })).toMatchObject({
      ok: false,
      refusal: { violations: [{ code: 'NEQ_UNKNOWN', maxNeqKg: 5 }] },
    });
    expect(decide({ received: lot('n', '1.4', 'S', 1, null) }).ok).toBe(true);
  });

  it('in warn-override mode asks for an override, and accepts with one, keeping the violations', () => {
    const input = {
      held: [lot('s', '1.4', 'S', 10)],
      received: lot('a', '1.1', 'A', 1),
      mode: 'warn-override' as const,
    };
    expect(decide(input)).toMatchObject({ ok: false, refusal: { code: 'OVERRIDE_REQUIRED' } });
    expect(decide({ ...input, hasOverride: true })).toMatchObject({
      ok: true,
      violations: [{ code: 'HAZARD_INCOMPATIBLE' }],
    });
  });

  it('in refuse mode an override changes nothing', () => {
    const input = { held: [lot('s', '1.4', 'S', 10)], received: lot('a', '1.1', 'A', 1), hasOverride: true };
    expect(decide(input)).toMatchObject({ ok: false, refusal: { code: 'REFUSED' } });
  });
});
