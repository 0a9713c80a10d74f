import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import { hazardRulesOf } from '../../core/hazard/country-hazard-settings';
import type { ReceiptViolation, StoredLot } from '../../core/hazard/decide-receipt-hazard';
import { decideReceiptHazard } from '../../core/hazard/decide-receipt-hazard';
import type { Queryable } from '../../storage/database';
import { lockChainHead } from '../../storage/ledger-store';
import type { FacilityRow } from '../../storage/registry-store';
import { AppError } from '../app-error';
import { loadCountryHazardSettings } from './country-settings';
import { listHeldLots } from './hazard-store';

/** What the ledger entry records of an override: the reason, who gave it, and what it overrode. */
export interface HazardOverrideRecord {
  readonly reason: string;
  readonly approvedBy: string;
  readonly violations: ReadonlyArray<Record<string, string | readonly string[]>>;
}

/** A violation as the API reports it: the code, and the conflicting groups or the NEQ figures. */
function describe(violation: ReceiptViolation) {
  switch (violation.code) {
    case 'HAZARD_INCOMPATIBLE':
      return {
        code: violation.code,
        conflicts: violation.conflicts.map((c) => ({ a: c.a, b: c.b, reason: c.reason })),
      };
    case 'NEQ_LIMIT_EXCEEDED':
      return {
        code: violation.code,
        neqKgAfter: violation.neqKgAfter,
        maxNeqKg: violation.maxNeqKg,
        excessKg: violation.excessKg,
      };
    case 'NEQ_UNKNOWN':
      return { code: violation.code, maxNeqKg: violation.maxNeqKg };
  }
}

function sentence(violation: ReceiptViolation): string {
  switch (violation.code) {
    case 'HAZARD_INCOMPATIBLE':
      return violation.conflicts.map((c) => `${c.a}/${c.b}: ${c.reason.en}`).join('; ');
    case 'NEQ_LIMIT_EXCEEDED':
      return `the store would hold ${violation.neqKgAfter} kg NEQ, above its licensed ${violation.maxNeqKg} kg`;
    case 'NEQ_UNKNOWN':
      return `the lot has no NEQ per 1,000 rounds, so the licensed ${violation.maxNeqKg} kg cannot be checked`;
  }
}

// For the ledger: small and stable (the localized reasons stay in core, the groups and figures are enough).
function recordOf(violation: ReceiptViolation): Record<string, string | readonly string[]> {
  switch (violation.code) {
    case 'HAZARD_INCOMPATIBLE':
      return { code: violation.code, pairs: violation.conflicts.map((c) => `${c.a}-${c.b}`) };
    case 'NEQ_LIMIT_EXCEEDED':
      return {
        code: violation.code,
        neqKgAfter: String(violation.neqKgAfter),
        maxNeqKg: String(violation.maxNeqKg),
      };
    case 'NEQ_UNKNOWN':
      return { code: violation.code, maxNeqKg: String(violation.maxNeqKg) };
  }
}

/**
 * Issue 5: before a receipt's ledger entry is written, and in the same transaction, check that the
 * facility may hold the lot. Refusals throw; an accepted override comes back to be recorded in the entry.
 * The organisation's chain head is locked first, so two receipts into one store are checked one after
 * the other and cannot both slip under the limit.
 */
export async function checkReceiptHazard(
  trx: Queryable,
  actor: Actor,
  input: {
    readonly organisationId: string;
    readonly countryCode: string;
    readonly facility: FacilityRow;
    readonly received: StoredLot;
    readonly override: { readonly reason: string } | null;
  },
): Promise<HazardOverrideRecord | null> {
  await lockChainHead(trx, input.organisationId, input.organisationId);
  const settings = await loadCountryHazardSettings(trx, input.countryCode);
  const held = await listHeldLots(trx, [input.facility.id]);
  const maxNeqKg = input.facility.max_neq_kg === null ? null : Number(input.facility.max_neq_kg);
  const decision = decideReceiptHazard({
    held,
    received: input.received,
    maxNeqKg,
    rules: hazardRulesOf(settings),
    mode: settings.violationMode,
    hasOverride: input.override !== null,
  });
  if (!decision.ok) {
    const refusal = decision.refusal;
    if (refusal.code === 'HAZARD_CLASS_UNKNOWN') {
      throw new AppError(
        'HAZARD_CLASS_UNKNOWN',
        'The lot has no hazard division and compatibility group: give its UN number, or its hazardDivision and compatibilityGroup',
        { fields: [{ path: 'unNumber', message: 'needed to check storage compatibility' }] },
      );
    }
    const details = { mode: settings.violationMode, violations: refusal.violations.map(describe) };
    const reasons = refusal.violations.map(sentence).join('; ');
    if (refusal.code === 'OVERRIDE_REQUIRED') {
      throw new AppError(
        'HAZARD_OVERRIDE_REQUIRED',
        `A supervisor's override is needed: ${reasons}`,
        details,
      );
    }
    throw new AppError(refusal.violations[0]!.code, `Refused: ${reasons}`, details);
  }
  if (decision.violations.length === 0 || input.override === null) return null;
  // The supervisor who may override is the company's manager (issue 5); an armourer may not.
  if (!hasRole(actor, 'psc-manager')) {
    throw new AppError(
      'HAZARD_OVERRIDE_NOT_PERMITTED',
      'Only a manager (psc-manager) may override a hazard rule',
      { mode: settings.violationMode, violations: decision.violations.map(describe) },
    );
  }
  return {
    reason: input.override.reason,
    approvedBy: actor.userId ?? `token:${actor.apiTokenId ?? 'unknown'}`,
    violations: decision.violations.map(recordOf),
  };
}
