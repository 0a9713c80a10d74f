import { Anchor, Box, Button, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../contracts/organisations';
import { canReadUsers, canUpdateOrganisationSettings } from '../../../core/access/policies';
import { isApiError } from '../../api-client';
import { ErrorAlert } from '../../components/error-alert';
import { errorMessage } from '../../components/error-message';
import { LoadingBlock } from '../../components/loading-block';
import { NotAllowed } from '../../components/not-allowed';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { actorOf, scopeOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { useOrganisation, useOrganisations, useUpdateOrganisationSettings } from './organisation-queries';

const FACTS_GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
  gap: 'var(--mantine-spacing-md)',
};

/**
 * One organisation. The API answers 404 for an organisation the person may not see, and the page
 * then shows "not found or not allowed" without anything of the organisation.
 */
export function OrganisationPage({ id }: { id: string }) {
  const organisation = useOrganisation(id);
  if (organisation.isPending) return <LoadingBlock />;
  if (
    isApiError(organisation.error, 'NOT_FOUND') ||
    isApiError(organisation.error, 'FORBIDDEN') ||
    isApiError(organisation.error, 'VALIDATION_FAILED')
  ) {
    return <NotAllowed />;
  }
  if (organisation.error || !organisation.data) {
    return <ErrorAlert error={organisation.error} onRetry={() => void organisation.refetch()} />;
  }
  return <OrganisationDetails organisation={organisation.data} />;
}

function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const actor = actorOf(user);
  const scope = scopeOf(organisation);
  const visible = useOrganisations();
  const update = useUpdateOrganisationSettings(organisation.id);
  const regulator = organisation.licensedById
    ? visible.data?.find((o) => o.id === organisation.licensedById)
    : undefined;
  const mayChangeSettings = canUpdateOrganisationSettings(actor, scope);

  function toggleSecondFactor(requiresTotp: boolean) {
    update.mutate(requiresTotp, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          message: requiresTotp ? t('organisation.secondFactorOn') : t('organisation.secondFactorOff'),
        }),
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
    });
  }

  const facts: Array<[string, string]> = [
    [t('organisations.code'), organisation.code],
    [t('organisations.kind'), t(`organisationKinds.${organisation.kind}`)],
    [t('organisations.country'), organisation.countryCode],
    [t('organisation.createdAt'), format.date(organisation.createdAt)],
  ];
  if (organisation.kind === 'psc') facts.push([t('organisations.licensedBy'), regulator?.name ?? '—']);

  return (
    <>
      <PageHeader
        title={organisation.name}
        description={t(`organisationKinds.${organisation.kind}`)}
        actions={
          canReadUsers(actor, scope) ? (
            <Button component={Link} to={`/admin/users?organisationId=${organisation.id}`} variant="light">
              {t('organisation.users')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="md">
            {t('organisation.details')}
          </Title>
          <Box component="dl" m={0} style={FACTS_GRID}>
            {facts.map(([label, value]) => (
              <div key={label}>
                <Text component="dt" size="sm" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" m={0} fw={500}>
                  {value}
                </Text>
              </div>
            ))}
          </Box>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="xs">
            {t('organisation.security')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('organisation.secondFactorHelp')}
          </Text>
          <Switch
            label={t('organisation.secondFactorMandatory')}
            checked={update.isPending ? update.variables : organisation.requiresTotp}
            disabled={!mayChangeSettings || update.isPending}
            onChange={(event) => toggleSecondFactor(event.currentTarget.checked)}
            data-testid="requires-totp"
          />
          {!mayChangeSettings ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('organisation.settingsReadOnly')}
            </Text>
          ) : null}
        </Paper>
        {organisation.licensedById && regulator ? (
          <Text size="sm">
            {t('organisation.licensedByLink')}{' '}
            <Anchor component={Link} to={`/admin/organisations/${regulator.id}`}>
              {regulator.name}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    </>
  );
}
