import { RequireNav } from '../components/require-nav';
import { OrganisationsPage } from '../features/admin-organisations/organisations-page';

export function OrganisationsRoute() {
  return (
    <RequireNav id="organisations">
      <OrganisationsPage />
    </RequireNav>
  );
}
