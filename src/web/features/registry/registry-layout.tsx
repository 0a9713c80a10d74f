import { Tabs } from '@mantine/core';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireNav } from '../../components/require-nav';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';

const TABS = ['firearms', 'ammunition', 'facilities', 'import', 'integrity'] as const;
type Tab = (typeof TABS)[number];

/** The registry's sections as tabs above each screen; the chosen company travels between them. */
export function RegistryLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const active = TABS.find((tab) => pathname.startsWith(`/registry/${tab}`)) ?? 'firearms';
  const organisationId = params.get('organisationId');
  const user = useCurrentUser();
  // Importing writes a company's own book: the tab is for its managers only.
  const tabs = TABS.filter((tab) => tab !== 'import' || mayWrite(user, user.organisation.id, 'import'));
  function open(tab: string | null) {
    if (!tab) return;
    const search = organisationId ? `?organisationId=${encodeURIComponent(organisationId)}` : '';
    void navigate(`/registry/${tab}${search}`);
  }
  return (
    <RequireNav id="registry">
      <Tabs value={active} onChange={open} mb="lg" keepMounted={false}>
        <Tabs.List aria-label={t('registry.tabsLabel')}>
          {tabs.map((tab: Tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`registry.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </RequireNav>
  );
}
