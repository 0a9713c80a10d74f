import { RequireNav } from '../components/require-nav';
import { AuditPage } from '../features/audit/audit-page';

export function AuditRoute() {
  return (
    <RequireNav id="audit">
      <AuditPage />
    </RequireNav>
  );
}
