import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api-client';
import { ErrorAlert } from '../../components/error-alert';
import { errorMessage } from '../../components/error-message';
import { fieldErrorsOf } from '../../components/form-errors';
import { LoadingBlock } from '../../components/loading-block';
import { PublicLayout } from '../../components/public-layout';
import { useFormatters } from '../../i18n/format';

/** The page behind an invitation or password-reset link: choose a password, then sign in. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const link = useQuery({
    queryKey: ['link', token],
    queryFn: () => api.auth.describeLink(token),
    retry: false,
    enabled: token.length > 0,
  });
  const accept = useMutation({ mutationFn: api.auth.acceptLink });
  const fieldErrors = fieldErrorsOf(t, accept.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const isMismatch = password !== repeated;
    setMismatch(isMismatch);
    if (!isMismatch) accept.mutate({ token, password });
  }

  if (token.length === 0 || link.isError) {
    return (
      <PublicLayout title={t('setPassword.invalidTitle')}>
        <Stack>
          <Text role="alert">{link.isError ? errorMessage(t, link.error) : t('errors.INVALID_LINK')}</Text>
          <Anchor component={Link} to="/sign-in">
            {t('setPassword.goToSignIn')}
          </Anchor>
        </Stack>
      </PublicLayout>
    );
  }
  if (!link.data) return <LoadingBlock />;
  const isInvitation = link.data.purpose === 'invitation';

  if (accept.isSuccess) {
    return (
      <PublicLayout title={t('setPassword.doneTitle')}>
        <Stack>
          <Alert color="teal" variant="light" role="status">
            {t('setPassword.done')}
          </Alert>
          <Button component={Link} to="/sign-in">
            {t('setPassword.goToSignIn')}
          </Button>
        </Stack>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={isInvitation ? t('setPassword.invitationTitle') : t('setPassword.resetTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            {isInvitation
              ? t('setPassword.invitationIntro', { name: link.data.displayName, email: link.data.email })
              : t('setPassword.resetIntro', { name: link.data.displayName, email: link.data.email })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('setPassword.expires', { date: format.dateTime(link.data.expiresAt) })}
          </Text>
          <ErrorAlert error={accept.error} />
          <TextInput
            label={t('setPassword.email')}
            autoComplete="username"
            value={link.data.email}
            readOnly
          />
          <PasswordInput
            label={t('setPassword.password')}
            description={t('setPassword.rules')}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
            required
          />
          <PasswordInput
            label={t('setPassword.repeat')}
            autoComplete="new-password"
            value={repeated}
            onChange={(event) => setRepeated(event.currentTarget.value)}
            error={mismatch ? t('setPassword.mismatch') : undefined}
            required
          />
          <Button type="submit" loading={accept.isPending}>
            {t('setPassword.submit')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
