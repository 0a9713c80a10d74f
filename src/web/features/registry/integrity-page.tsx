import { Alert, Button, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { mayVerify } from './book-access';
import { OrganisationFilter } from './organisation-filter';
import { registryApi } from './registry-api';
import { registryKeys, useIntegrity } from './registry-queries';
import { StatusPill } from './status-pill';
import { useBookScope } from './use-book-scope';

/** The book's integrity: its last verification, its last signed checkpoint, and a verification on demand. */
export function IntegrityPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatters = useFormatters();
  const scope = useBookScope();
  const bookId = scope.bookId;
  const integrity = useIntegrity(bookId);
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: () => registryApi.verify(bookId ?? ''),
    onSuccess: (data) => queryClient.setQueryData(registryKeys.integrity(bookId ?? ''), data),
  });
  const data = integrity.data;
  const verification = data?.lastVerification;
  const checkpoint = data?.lastCheckpoint;
  return (
    <>
      <PageHeader
        title={t('registry.integrity.title')}
        description={t('registry.integrity.description')}
        actions={
          bookId && mayVerify(user) ? (
            <Button onClick={() => verify.mutate()} loading={verify.isPending}>
              {t('registry.integrity.verifyNow')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <OrganisationFilter scope={scope} allowAll={false} />
        {!bookId ? <Text c="dimmed">{t('registry.integrity.chooseBook')}</Text> : null}
        <ErrorAlert error={integrity.error ?? verify.error} />
        {bookId && integrity.isPending ? <LoadingBlock /> : null}
        {data ? (
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            <Paper withBorder radius="md" p="md">
              <Text size="xs" c="dimmed">
                {t('registry.integrity.chainLength')}
              </Text>
              <Text size="xl" fw={700}>
                {formatters.number(data.chainLength)}
              </Text>
            </Paper>
            <Paper withBorder radius="md" p="md" aria-live="polite">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h5">
                  {t('registry.integrity.lastVerification')}
                </Title>
                {verification ? (
                  <StatusPill
                    color={verification.ok ? 'green' : 'red'}
                    label={verification.ok ? t('registry.integrity.ok') : t('registry.integrity.broken')}
                  />
                ) : null}
              </Group>
              {verification ? (
                <Stack gap="xs">
                  <Text size="sm">
                    {t('registry.integrity.verifiedAt', {
                      at: formatters.dateTime(verification.verifiedAt),
                      entries: formatters.number(verification.entries),
                      chains: formatters.number(verification.chains),
                    })}
                  </Text>
                  {verification.problem ? (
                    <Alert color="red" variant="light" title={t('registry.integrity.problem')}>
                      <Code block>{verification.problem}</Code>
                    </Alert>
                  ) : null}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('registry.integrity.never')}
                </Text>
              )}
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h5" mb="xs">
                {t('registry.integrity.lastCheckpoint')}
              </Title>
              {checkpoint ? (
                <Stack gap="xs">
                  <Text size="sm">
                    {t('registry.integrity.checkpointAt', {
                      at: formatters.dateTime(checkpoint.issuedAt),
                      length: formatters.number(checkpoint.length),
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('registry.integrity.headHash')}
                  </Text>
                  <Code style={{ wordBreak: 'break-all' }}>{checkpoint.headHash}</Code>
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('registry.integrity.noCheckpoint')}
                </Text>
              )}
            </Paper>
          </SimpleGrid>
        ) : null}
      </Stack>
    </>
  );
}
