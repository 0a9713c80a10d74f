import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import { ErrorAlert } from '../../components/error-alert';
import { fieldErrorsOf } from '../../components/form-errors';
import { useSession } from './session-provider';

/** Second step of sign-in: the six-digit code of the person's authenticator app. */
export function SecondFactorForm() {
  const { t } = useTranslation();
  const { refresh, signOut } = useSession();
  const [code, setCode] = useState('');
  const confirm = useMutation({ mutationFn: api.auth.secondFactor, onSuccess: () => refresh() });
  const fieldErrors = fieldErrorsOf(t, confirm.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(code.replace(/\s/g, ''));
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('secondFactor.title')}>
      <Stack>
        <Text>{t('secondFactor.intro')}</Text>
        <ErrorAlert error={confirm.error} />
        <TextInput
          label={t('secondFactor.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={fieldErrors.code ? t('fieldErrors.totpCode') : undefined}
          required
          autoFocus
        />
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => void signOut()}>
            {t('secondFactor.useAnotherAccount')}
          </Button>
          <Button type="submit" loading={confirm.isPending}>
            {t('secondFactor.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
