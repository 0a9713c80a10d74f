import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OneTimeLinkResponse } from '../../api-client';
import { CopyableSecret } from '../../components/copyable-secret';
import { useFormatters } from '../../i18n/format';

/** An invitation or reset link, shown once to the administrator who asked for it. */
export function OneTimeLink({ link, email }: { link: OneTimeLinkResponse; email: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack>
      <Alert color="blue" variant="light">
        {t('users.linkIntro', { email })}
      </Alert>
      <CopyableSecret label={t('users.linkLabel')} value={link.url} note={t('users.linkLogNote')} />
      <Text size="sm">{t('users.linkExpires', { date: format.dateTime(link.expiresAt) })}</Text>
    </Stack>
  );
}
