import { useParams } from 'react-router';
import { NotAllowed } from '../components/not-allowed';
import { OrganisationPage } from '../features/admin-organisations/organisation-page';

/** Open to every signed-in person: the API decides whether this organisation is theirs to see. */
export function OrganisationRoute() {
  const { id } = useParams();
  if (!id) return <NotAllowed />;
  return <OrganisationPage key={id} id={id} />;
}
