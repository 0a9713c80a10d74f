import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser, useSession } from '../features/auth/session-provider';
import { LanguageSwitch } from './language-switch';
import { lazyPage } from './lazy-page';
import { LoadingBlock } from './loading-block';
import { navItemsFor } from './nav-items';
import classes from './app-layout.module.css';

// The bell brings the incidents feature's client with it: fetched after the frame is shown.
const NotificationsMenu = lazyPage(
  () => import('../features/incidents/notifications-menu'),
  'NotificationsMenu',
);

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The signed-in frame: header (organisation, person, language, sign-out), navigation by role, content. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [isNavOpen, nav] = useDisclosure(false);
  // Folded away on a narrow screen, the navigation must not take keyboard focus while out of sight.
  const isNarrow = useMediaQuery('(max-width: 61.99em)') ?? false;
  const isNavHidden = isNarrow && !isNavOpen;
  const items = navItemsFor(user.roles);

  async function handleSignOut() {
    await signOut().catch(() => undefined);
    navigate('/sign-in', { replace: true });
  }

  return (
    <AppShell
      header={{ height: 64 }}
      // Below 62em (a tablet held upright) the navigation folds behind a button and the content gets the width.
      navbar={{ width: 232, breakpoint: 'md', collapsed: { mobile: !isNavOpen } }}
      padding={{ base: 'md', md: 'lg' }}
    >
      <a href="#main-content" className={classes.skipLink}>
        {t('a11y.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={isNavOpen}
              onClick={nav.toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={isNavOpen ? t('a11y.closeNavigation') : t('a11y.openNavigation')}
              aria-expanded={isNavOpen}
              aria-controls="main-navigation"
            />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor component={Link} to="/" fw={700} size="lg" c="inherit" underline="never">
                {t('common.appName')}
              </Anchor>
              <Text size="xs" c="dimmed" truncate="end" data-testid="header-organisation">
                {user.organisation.name}
              </Text>
            </Stack>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="xs" style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate="end" data-testid="header-user">
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {user.roles.map((role) => t(`roles.${role}`)).join(', ')}
              </Text>
            </Stack>
            <Suspense fallback={null}>
              <NotificationsMenu />
            </Suspense>
            <LanguageSwitch />
            <Button variant="default" size="compact-md" onClick={() => void handleSignOut()}>
              {t('header.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        aria-label={t('a11y.mainNavigation')}
        inert={isNavHidden}
        style={isNavHidden ? { visibility: 'hidden' } : undefined}
      >
        {items.map((item) => {
          const active = isActive(pathname, item.path);
          return (
            <NavLink
              key={item.id}
              component={Link}
              to={item.path}
              label={t(item.label)}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={nav.close}
              data-nav-item={item.id}
              className={classes.navLink}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Suspense fallback={<LoadingBlock />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
