import { Alert, Anchor, Select, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { RequireNav } from '../../components/require-nav';
import { useFacility, useOverdueCount } from './use-armoury';

const TABS = [
  { id: 'issue', path: '/armoury' },
  { id: 'returns', path: '/armoury/returns' },
  { id: 'out', path: '/armoury/out' },
  { id: 'personnel', path: '/armoury/personnel' },
  { id: 'clients', path: '/armoury/clients' },
  { id: 'counts', path: '/armoury/counts' },
  { id: 'maintenance', path: '/armoury/maintenance' },
] as const;

/** The armoury's sections as tabs, and the overdue alert on every one of them. */
export function ArmouryLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active =
    [...TABS].reverse().find((tab) => tab.path !== '/armoury' && pathname.startsWith(tab.path))?.id ??
    'issue';
  return (
    <RequireNav id="armoury">
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = TABS.find((candidate) => candidate.id === value);
          if (tab) void navigate(tab.path);
        }}
        mb="md"
        keepMounted={false}
      >
        <Tabs.List aria-label={t('armoury.tabsLabel')}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.id} value={tab.id}>
              {t(`armoury.tabs.${tab.id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <OverdueBanner isOnBoard={active === 'out'} />
      <Outlet />
    </RequireNav>
  );
}

function OverdueBanner({ isOnBoard }: { isOnBoard: boolean }) {
  const { t } = useTranslation();
  const overdue = useOverdueCount().data ?? 0;
  if (overdue === 0) return null;
  return (
    <Alert color="red" variant="filled" mb="md" role="alert" data-testid="overdue-banner">
      <Text span fw={600}>
        {t('armoury.overdueBanner', { count: overdue })}
      </Text>
      {isOnBoard ? null : (
        <Anchor component={Link} to="/armoury/out" c="white" ml="sm" underline="always">
          {t('armoury.seeBoard')}
        </Anchor>
      )}
    </Alert>
  );
}

/** A screen of the armoury: its one h1 and, where it matters, which armoury the desk is at. */
export function ArmouryPage(props: {
  readonly title: string;
  readonly description?: string;
  readonly withFacility?: boolean;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const { items, facilityId, setFacilityId, facilities } = useFacility();
  const picker =
    props.withFacility && items.length > 1 ? (
      <Select
        aria-label={t('armoury.facility.label')}
        data={items.map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
        value={facilityId}
        onChange={(value) => value && setFacilityId(value)}
        allowDeselect={false}
        w={280}
      />
    ) : props.withFacility && items.length === 1 ? (
      <Text size="sm" c="dimmed">
        {items[0]!.code} — {items[0]!.name}
      </Text>
    ) : null;
  return (
    <>
      <PageHeader
        title={props.title}
        description={props.description}
        actions={
          picker || props.actions ? (
            <>
              {picker}
              {props.actions}
            </>
          ) : undefined
        }
      />
      {props.withFacility && facilities.isSuccess && items.length === 0 ? (
        <Alert color="orange">{t('armoury.facility.none')}</Alert>
      ) : (
        props.children
      )}
    </>
  );
}
