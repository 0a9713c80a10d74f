import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { MantineProvider, Notification, mergeThemeOverrides } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { isApiError } from './api-client';
import { createAppRouter } from './app-router';
import { SessionProvider } from './features/auth/session-provider';
import { setUpI18n } from './i18n/i18n';
import { cssVariablesResolver, theme } from './theme';

await setUpI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Answers that will not change on a retry (4xx) are shown at once.
      retry: (failures, error) =>
        failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

const router = createAppRouter();

/** The theme, with the toasts' close button named in the person's language (axe: buttons need a name). */
function ThemedApp({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: Notification.extend({
            defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } },
          }),
        },
      }),
    // The label follows the interface language (t changes with it).
    [t, i18n.language],
  );
  return (
    <MantineProvider theme={themed} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemedApp>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </ThemedApp>
  </StrictMode>,
);
