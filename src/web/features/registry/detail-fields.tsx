import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DetailField {
  readonly label: string;
  readonly value: ReactNode;
}

/** A record's details as label/value pairs in a box; an empty value shows as a dash. */
export function DetailFields({ title, fields }: { title: string; fields: readonly DetailField[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        {fields.map((field) => (
          <Stack gap={0} key={field.label}>
            <Text component="dt" size="xs" c="dimmed">
              {field.label}
            </Text>
            <Text component="dd" size="sm" m={0} fw={500}>
              {field.value === null || field.value === undefined || field.value === ''
                ? t('registry.none')
                : field.value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
