import type { TFunction } from 'i18next';
import { isApiError } from '../api-client';

/** Fields whose rules the interface can explain; anything else gets a general "not valid". */
const EXPLAINED_FIELDS = [
  'email',
  'password',
  'displayName',
  'code',
  'name',
  'countryCode',
  'licensedById',
  'roles',
  'kind',
  'organisationId',
  'language',
] as const;
type ExplainedField = (typeof EXPLAINED_FIELDS)[number];

function isExplained(field: string): field is ExplainedField {
  return (EXPLAINED_FIELDS as readonly string[]).includes(field);
}

const PASSWORD_PROBLEMS = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_HAS_PERSONAL_DATA',
] as const;

/**
 * Messages to show at each field, from an API error's details.fields. The server's own messages
 * are English; the interface explains the field's rule in the person's language instead.
 */
export function fieldErrorsOf(t: TFunction, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const result: Record<string, string> = {};
  for (const problem of error.fields) {
    const field = problem.path.split('.')[0] ?? problem.path;
    if (result[field]) continue;
    result[field] = fieldMessage(t, error.code, field, error.details);
  }
  return result;
}

function fieldMessage(t: TFunction, code: string, field: string, details: unknown): string {
  if (code === 'WEAK_PASSWORD' && field === 'password') {
    const problem = (details as { code?: string } | undefined)?.code;
    const known = PASSWORD_PROBLEMS.find((p) => p === problem);
    return known ? t(`passwordProblems.${known}`) : t('passwordProblems.PASSWORD_TOO_COMMON');
  }
  if (code === 'CONFLICT' && field === 'email') return t('fieldErrors.emailInUse');
  if (code === 'ROLE_NOT_ALLOWED') return t('fieldErrors.rolesNotAllowed');
  return isExplained(field) ? t(`fieldErrors.${field}`) : t('fieldErrors.invalid');
}
