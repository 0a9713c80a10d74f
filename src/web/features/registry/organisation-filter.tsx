import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookScope } from './use-book-scope';

/** For a regulator or an administrator: whose book to list (all those they may read by default). */
export function OrganisationFilter({ scope, allowAll = true }: { scope: BookScope; allowAll?: boolean }) {
  const { t } = useTranslation();
  if (!scope.isMultiBook) return null;
  return (
    <Select
      label={t('registry.organisation.label')}
      placeholder={t('registry.organisation.all')}
      data={scope.books.map((o) => ({ value: o.id, label: `${o.code} — ${o.name}` }))}
      value={scope.organisationId ?? null}
      onChange={(value) => scope.setOrganisationId(value)}
      clearable={allowAll}
      searchable
      w={{ base: '100%', sm: 320 }}
    />
  );
}
