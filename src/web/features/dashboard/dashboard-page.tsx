import { Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardResponse } from '../../../contracts/dashboard';
import { ROLES, type Role } from '../../../core/access/roles';
import { api } from '../../api-client';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { isDashboardTileKey } from './dashboard-tile-key';
import classes from './dashboard-page.module.css';

type Tile = DashboardResponse['tiles'][number];

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The landing page: the figures the server chose for the person's role, each opening its list. */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const dashboard = useQuery({ queryKey: ['dashboard'], queryFn: api.dashboard });
  const role = dashboard.data && isRole(dashboard.data.role) ? dashboard.data.role : user.roles[0];

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.welcome', { name: user.displayName, organisation: user.organisation.name })}
      />
      {dashboard.isPending ? <LoadingBlock /> : null}
      <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      {dashboard.data ? (
        <Stack gap="lg">
          {role ? <Text>{t(`dashboard.roleIntro.${role}`)}</Text> : null}
          <SimpleGrid
            cols={{ base: 1, xs: 2, md: 3 }}
            spacing="md"
            role="list"
            aria-label={t('dashboard.figures')}
          >
            {dashboard.data.tiles.map((tile) => (
              <div role="listitem" key={tile.key}>
                <DashboardTile tile={tile} />
              </div>
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
    </>
  );
}

function DashboardTile({ tile }: { tile: Tile }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const label = isDashboardTileKey(tile.key) ? t(`dashboard.tiles.${tile.key}`) : tile.key;
  const body = (
    <Paper withBorder p="lg" radius="md" h="100%" className={tile.link ? classes.linked : undefined}>
      <Text size="2.25rem" fw={700} lh={1.1} data-testid={`tile-${tile.key}`}>
        {format.number(tile.value)}
      </Text>
      <Text mt={6} fw={500}>
        {label}
      </Text>
      {tile.link ? (
        <Text size="sm" c="blue.8" mt={4} aria-hidden>
          {t('dashboard.open')} →
        </Text>
      ) : null}
    </Paper>
  );
  if (!tile.link) return body;
  return (
    <UnstyledButton component={Link} to={tile.link} className={classes.tileLink}>
      {body}
    </UnstyledButton>
  );
}
