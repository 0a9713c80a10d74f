import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentFieldErrors } from './incident-labels';

/**
 * The API's per-field errors of the last attempt, each hidden once its field is changed (so a
 * corrected field stops showing red), all shown afresh on the next attempt.
 */
export function useFieldErrors(error: unknown) {
  const { t } = useTranslation();
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const errors = Object.fromEntries(
    Object.entries(incidentFieldErrors(t, error)).filter(([path]) => !edited.has(path)),
  );
  return {
    errors,
    edited: (path: string) =>
      setEdited((previous) => (previous.has(path) ? previous : new Set(previous).add(path))),
    reset: () => setEdited(new Set()),
  };
}
