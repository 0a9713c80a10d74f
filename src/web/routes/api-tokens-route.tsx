import { RequireNav } from '../components/require-nav';
import { ApiTokensPage } from '../features/api-tokens/api-tokens-page';

export function ApiTokensRoute() {
  return (
    <RequireNav id="apiTokens">
      <ApiTokensPage />
    </RequireNav>
  );
}
