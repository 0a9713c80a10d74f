import { AccountSecurityPage } from '../features/account/account-security-page';

export function AccountSecurityRoute() {
  return <AccountSecurityPage />;
}
