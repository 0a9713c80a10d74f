import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateContentWire } from '../../../contracts/assessment';

/** The checklist as an assessor will read it, in the interface language. */
export function TemplatePreview({ content }: { readonly content: TemplateContentWire }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {content.title[language]}
      </Title>
      {content.sections.map((section, index) => (
        <Stack key={`${section.id}-${index}`} gap="xs">
          <Title order={3} size="h4">
            {index + 1}. {section.title[language]}
          </Title>
          {section.items.map((item, itemIndex) => (
            <Paper key={`${item.id}-${itemIndex}`} withBorder p="sm" radius="sm">
              <Group gap="xs" mb={4}>
                <Badge variant="outline" color="gray" tt="none">
                  {item.clause}
                </Badge>
                <Badge variant="light">{t('assessments.conduct.level', { level: item.level })}</Badge>
                {item.critical ? <Badge color="red">{t('assessments.conduct.critical')}</Badge> : null}
                <Text size="xs" c="dimmed">
                  {item.id}
                </Text>
              </Group>
              <Text fw={500}>{item.question[language]}</Text>
              <Text size="sm" c="dimmed">
                {item.guidance[language]}
              </Text>
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
