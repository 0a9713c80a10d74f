import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

/**
 * The answer to a page that does not exist or that the person may not see. The two are told
 * apart on purpose neither here nor by the API, so that ids cannot be probed.
 */
export function NotAllowed() {
  const { t } = useTranslation();
  usePageTitle(t('notAllowed.title'));
  return (
    <Stack align="flex-start" gap="md" data-testid="not-allowed">
      <Title order={1} size="h2">
        {t('notAllowed.title')}
      </Title>
      <Text>{t('notAllowed.body')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('notAllowed.back')}
      </Button>
    </Stack>
  );
}
