import type { ReactNode } from 'react';
import { useCurrentUser } from '../features/auth/session-provider';
import { isNavAllowed, type NavItemId } from './nav-items';
import { NotAllowed } from './not-allowed';

/** A screen outside the person's navigation answers like a page that does not exist. */
export function RequireNav({ id, children }: { id: NavItemId; children: ReactNode }) {
  const user = useCurrentUser();
  return isNavAllowed(user.roles, id) ? children : <NotAllowed />;
}
