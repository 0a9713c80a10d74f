import { SetPasswordPage } from '../features/auth/set-password-page';

export function SetPasswordRoute() {
  return <SetPasswordPage />;
}
