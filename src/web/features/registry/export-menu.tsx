import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl, type ExportList, type ListQuery } from './registry-api';

/** Plain links (the browser downloads with the session cookie) to the list as filtered now. */
export function ExportLinks({ list, query }: { list: ExportList; query: ListQuery }) {
  const { t, i18n } = useTranslation();
  const { sort, direction, ...filters } = query;
  const carried = { ...filters, sort, direction };
  return (
    <Group gap="xs" role="group" aria-label={t('registry.export.label')}>
      <Text size="sm" c="dimmed" visibleFrom="sm">
        {t('registry.export.label')}
      </Text>
      <Button
        component="a"
        href={exportUrl(list, 'csv', i18n.language, carried)}
        variant="default"
        size="xs"
        download
      >
        {t('registry.export.csv')}
      </Button>
      <Button
        component="a"
        href={exportUrl(list, 'xlsx', i18n.language, carried)}
        variant="default"
        size="xs"
        download
      >
        {t('registry.export.xlsx')}
      </Button>
    </Group>
  );
}
