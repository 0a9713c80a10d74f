import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import { RequireNav } from '../../components/require-nav';
import { lazyPage } from '../../components/lazy-page';

const SearchLogPage = lazyPage(() => import('./search-log-page'), 'SearchLogPage');
const TraceRequestFormPage = lazyPage(() => import('./trace-request-form-page'), 'TraceRequestFormPage');
const TraceRequestPage = lazyPage(() => import('./trace-request-page'), 'TraceRequestPage');
const TraceSettingsPage = lazyPage(() => import('./trace-settings-page'), 'TraceSettingsPage');
const TracingHomePage = lazyPage(() => import('./tracing-home-page'), 'TracingHomePage');

function TraceRequestRoute() {
  const { id } = useParams();
  return <TraceRequestPage key={id} id={id ?? ''} />;
}

/** A tracing screen, shown to those whose navigation holds "tracing" (the API decides the rest). */
const tracing = (path: string, page: ReactNode): RouteObject => ({
  path,
  element: <RequireNav id="tracing">{page}</RequireNav>,
});

/** The tracing screens, mounted inside the signed-in layout by app-router.tsx. */
export const tracingRoutes: RouteObject[] = [
  tracing('tracing', <TracingHomePage />),
  tracing('tracing/new', <TraceRequestFormPage />),
  tracing('tracing/requests/:id', <TraceRequestRoute />),
  tracing('tracing/settings', <TraceSettingsPage />),
  tracing('tracing/search-log', <SearchLogPage />),
];
