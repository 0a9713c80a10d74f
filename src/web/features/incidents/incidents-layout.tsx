import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { RequireNav } from '../../components/require-nav';
import { useIncidentSide } from './incidents-queries';

const TABS = {
  company: [
    { id: 'list', path: '/incidents' },
    { id: 'discrepancies', path: '/incidents/discrepancies' },
  ],
  regulator: [
    { id: 'inbox', path: '/incidents' },
    { id: 'settings', path: '/incidents/settings' },
  ],
} as const;

/** The incident sections as tabs: the company's list and discrepancies, or the regulator's inbox and clocks. */
export function IncidentsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = TABS[useIncidentSide()];
  const active =
    tabs.find((tab) => tab.path !== '/incidents' && pathname.startsWith(tab.path))?.id ?? tabs[0].id;
  return (
    <RequireNav id="incidents">
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = tabs.find((candidate) => candidate.id === value);
          if (tab) void navigate(tab.path);
        }}
        mb="md"
        keepMounted={false}
      >
        <Tabs.List aria-label={t('incidents.tabsLabel')}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.id} value={tab.id}>
              {t(`incidents.tabs.${tab.id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </RequireNav>
  );
}
