import type { TFunction } from 'i18next';
import { isApiError } from '../../api-client';
import { errorMessage } from '../../components/error-message';
import { registryEs } from '../../i18n/registry.es';
import { statusLabel } from './labels';

type RuleKey = keyof typeof registryEs.fieldRules;
type RefusalCode = keyof typeof registryEs.refusals;

const isRule = (key: string): key is RuleKey => key in registryEs.fieldRules;
const isRefusal = (code: string): code is RefusalCode => code in registryEs.refusals;

/**
 * The field each server problem names, with the rule of that field in the person's language. The
 * path's last named segment picks the rule ("marking.text" → text, "source.name" → name); the
 * key returned is the whole path, which the forms use as their field names.
 */
export function registryFieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const result: Record<string, string> = {};
  for (const problem of error.fields) {
    if (result[problem.path]) continue;
    const last =
      problem.path
        .split('.')
        .filter((s) => !/^\d+$/.test(s))
        .pop() ?? problem.path;
    const rule = isRule(last) ? last : /On$/.test(last) ? 'date' : 'invalid';
    result[problem.path] = t(`registry.fieldRules.${rule}`);
  }
  return result;
}

/** A failure in the person's language: a refusal of the book's rules by its code, else the general message. */
export function registryErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error, 'CONFLICT')) {
    const refusal = (error.details as { refusal?: Record<string, unknown> } | undefined)?.refusal;
    const code = typeof refusal?.code === 'string' ? refusal.code : '';
    if (isRefusal(code)) {
      const status = typeof refusal?.status === 'string' ? refusal.status : '';
      return t(`registry.refusals.${code}`, {
        available: refusal?.available,
        status: status ? statusLabel(t, status) : '',
      });
    }
  }
  return errorMessage(t, error);
}
