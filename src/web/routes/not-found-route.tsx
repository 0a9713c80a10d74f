import { NotAllowed } from '../components/not-allowed';

export function NotFoundRoute() {
  return <NotAllowed />;
}
