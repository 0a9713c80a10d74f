import { Alert, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { RoleList } from '../../components/role-list';
import { TotpEnrolment } from '../auth/totp-enrolment';
import { useCurrentUser, useSession } from '../auth/session-provider';

const FACTS_GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
  gap: 'var(--mantine-spacing-md)',
};

/** The person's own account: who they are here, and their second factor. */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { refresh } = useSession();
  const [hasJustEnrolled, setJustEnrolled] = useState(false);

  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.intro')} />
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="md">
            {t('account.profile')}
          </Title>
          <Box component="dl" m={0} style={FACTS_GRID}>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('account.name')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {user.displayName}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('account.email')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {user.email}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('account.organisation')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {user.organisation.name}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('account.roles')}
              </Text>
              <Box component="dd" m={0}>
                <RoleList roles={user.roles} />
              </Box>
            </div>
          </Box>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              {t('account.secondFactor')}
            </Title>
            <Badge color={user.totpEnabled ? 'teal' : 'gray'} variant="light" data-testid="totp-status">
              {user.totpEnabled ? t('account.totpOn') : t('account.totpOff')}
            </Badge>
          </Group>
          {user.organisation.requiresTotp ? (
            <Text size="sm" c="dimmed" mb="sm">
              {t('account.totpRequired')}
            </Text>
          ) : null}
          {hasJustEnrolled ? (
            <Alert color="teal" variant="light" role="status">
              {t('account.totpEnrolled')}
            </Alert>
          ) : null}
          {user.totpEnabled ? (
            hasJustEnrolled ? null : (
              <Text>{t('account.totpActive')}</Text>
            )
          ) : (
            <TotpEnrolment
              onEnrolled={() => {
                setJustEnrolled(true);
                void refresh();
              }}
            />
          )}
        </Paper>
      </Stack>
    </>
  );
}
