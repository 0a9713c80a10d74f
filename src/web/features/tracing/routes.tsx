import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import { RequireNav } from '../../components/require-nav';
import { SearchLogPage } from './search-log-page';
import { TraceRequestFormPage } from './trace-request-form-page';
import { TraceRequestPage } from './trace-request-page';
import { TraceSettingsPage } from './trace-settings-page';
import { TracingHomePage } from './tracing-home-page';

function TraceRequestRoute() {
  const { id } = useParams();
  return (
    <RequireNav id="tracing">
      <TraceRequestPage key={id} id={id ?? ''} />
    </RequireNav>
  );
}

/** The tracing screens, mounted inside the signed-in layout by app-router.tsx. */
export const tracingRoutes: RouteObject[] = [
  {
    path: 'tracing',
    element: (
      <RequireNav id="tracing">
        <TracingHomePage />
      </RequireNav>
    ),
  },
  {
    path: 'tracing/new',
    element: (
      <RequireNav id="tracing">
        <TraceRequestFormPage />
      </RequireNav>
    ),
  },
  { path: 'tracing/requests/:id', element: <TraceRequestRoute /> },
  {
    path: 'tracing/settings',
    element: (
      <RequireNav id="tracing">
        <TraceSettingsPage />
      </RequireNav>
    ),
  },
  {
    path: 'tracing/search-log',
    element: (
      <RequireNav id="tracing">
        <SearchLogPage />
      </RequireNav>
    ),
  },
];
