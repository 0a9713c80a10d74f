import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingBlock } from '../../components/loading-block';
import { useSession } from './session-provider';

/** Routes behind sign-in: anyone without a finished sign-in goes to /sign-in and comes back after. */
export function RequireSession() {
  const { session, isLoading, endedBy } = useSession();
  const location = useLocation();
  if (isLoading) return <LoadingBlock />;
  if (!session || session.stage !== 'active') {
    // After signing out there is no page to come back to; after an expiry, the person returns where they were.
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' || endedBy === 'signed-out' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  return <Outlet />;
}
