import { RequireNav } from '../components/require-nav';
import { UsersPage } from '../features/admin-users/users-page';

export function UsersRoute() {
  return (
    <RequireNav id="users">
      <UsersPage />
    </RequireNav>
  );
}
