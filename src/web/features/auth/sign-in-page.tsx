import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { LoadingBlock } from '../../components/loading-block';
import { PublicLayout } from '../../components/public-layout';
import { SecondFactorForm } from './second-factor-form';
import { useSession } from './session-provider';
import { SignInForm } from './sign-in-form';
import { TotpEnrolment } from './totp-enrolment';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Sign-in in up to three steps: password, then a second factor or the mandatory enrolment. */
export function SignInPage() {
  const { t } = useTranslation();
  const { session, isLoading, endedBy, refresh, signOut } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (isLoading) return <LoadingBlock />;
  if (session?.stage === 'active') return <Navigate to={next} replace />;

  if (session?.stage === 'second-factor') {
    return (
      <PublicLayout title={t('secondFactor.title')}>
        <SecondFactorForm />
      </PublicLayout>
    );
  }
  if (session?.stage === 'totp-enrolment') {
    return (
      <PublicLayout title={t('totp.mandatoryTitle')}>
        <Stack>
          <Text>{t('totp.mandatoryIntro', { organisation: session.user.organisation.name })}</Text>
          <TotpEnrolment onEnrolled={() => void refresh()} />
          <Group>
            <Button variant="subtle" onClick={() => void signOut()}>
              {t('secondFactor.useAnotherAccount')}
            </Button>
          </Group>
        </Stack>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout title={t('signIn.title')}>
      {endedBy === 'expired' ? (
        <Alert color="yellow" variant="light" mb="md" role="status" data-testid="session-ended">
          {t('signIn.sessionEnded')}
        </Alert>
      ) : null}
      <SignInForm />
    </PublicLayout>
  );
}
