import { Button, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api-client';
import { CopyableSecret } from '../../components/copyable-secret';
import { ErrorAlert } from '../../components/error-alert';
import { fieldErrorsOf } from '../../components/form-errors';

interface TotpEnrolmentProps {
  /** Called once the server has accepted a code from the new authenticator. */
  onEnrolled(): void;
}

/**
 * Enrol an authenticator app: a new secret (QR code and text), then one code from the app to
 * prove it works. Started by a button, not on display, so a secret is made only when wanted.
 */
export function TotpEnrolment({ onEnrolled }: TotpEnrolmentProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const start = useMutation({ mutationFn: api.auth.startTotpEnrolment });
  const confirm = useMutation({ mutationFn: api.auth.confirmTotpEnrolment, onSuccess: onEnrolled });
  const fieldErrors = fieldErrorsOf(t, confirm.error);
  const enrolment = start.data;

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(code.replace(/\s/g, ''));
  }

  if (!enrolment) {
    return (
      <Stack align="flex-start">
        <Text>{t('totp.intro')}</Text>
        <ErrorAlert error={start.error} />
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t('totp.start')}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('totp.confirmTitle')}>
      <Stack>
        <Text>{t('totp.scan')}</Text>
        <Image
          src={enrolment.qrCodeDataUrl}
          alt={t('totp.qrAlt')}
          w={200}
          h={200}
          fit="contain"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
          data-testid="totp-qr"
        />
        <CopyableSecret label={t('totp.secretLabel')} value={enrolment.secret} note={t('totp.secretNote')} />
        <ErrorAlert error={confirm.error} />
        <TextInput
          label={t('totp.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={fieldErrors.code ? t('fieldErrors.totpCode') : undefined}
          required
        />
        <Group>
          <Button type="submit" loading={confirm.isPending}>
            {t('totp.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
