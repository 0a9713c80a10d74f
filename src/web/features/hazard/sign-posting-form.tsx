import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api-client';
import { ErrorAlert } from '../../components/error-alert';
import { useRecordSignPosting } from './hazard-queries';
import { signLabel } from './sign-label';

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Record the signs delivered and posted at the store; the required ones are ticked to begin with. */
export function SignPostingForm(props: {
  readonly facilityId: string;
  readonly requiredSigns: readonly string[];
}) {
  const { t } = useTranslation();
  const record = useRecordSignPosting(props.facilityId);
  const [signs, setSigns] = useState<string[]>([...props.requiredSigns]);
  const [postedOn, setPostedOn] = useState(localToday());
  const [deliveredBy, setDeliveredBy] = useState('');
  const [note, setNote] = useState('');
  const [signsError, setSignsError] = useState<string | null>(null);
  const fieldError = (path: string) =>
    isApiError(record.error) && record.error.fields.some((f) => f.path === path);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signs.length === 0) {
      setSignsError(t('hazard.posting.chooseSign'));
      return;
    }
    setSignsError(null);
    record.mutate(
      { signs, postedOn, deliveredBy: deliveredBy.trim() || null, note: note.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('hazard.posting.saved') });
          setNote('');
        },
      },
    );
  }

  const options = [...new Set([...props.requiredSigns])];
  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} aria-labelledby="posting-title">
      <Title order={2} size="h4" mb={4} id="posting-title">
        {t('hazard.posting.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('hazard.posting.help')}
      </Text>
      {record.error && !fieldError('postedOn') ? <ErrorAlert error={record.error} /> : null}
      <Stack gap="sm">
        <Checkbox.Group
          label={t('hazard.posting.signs')}
          value={signs}
          onChange={setSigns}
          error={signsError}
        >
          <Group gap="md" mt={6}>
            {options.map((code) => (
              <Checkbox key={code} value={code} label={signLabel(t, code)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('hazard.posting.postedOn')}
            value={postedOn}
            max={localToday()}
            required
            onChange={(event) => setPostedOn(event.currentTarget.value)}
            error={fieldError('postedOn') ? t('hazard.posting.futureDate') : null}
          />
          <TextInput
            label={t('hazard.posting.deliveredBy')}
            placeholder={t('hazard.posting.deliveredByPlaceholder')}
            value={deliveredBy}
            maxLength={200}
            onChange={(event) => setDeliveredBy(event.currentTarget.value)}
          />
        </Group>
        <Textarea
          label={t('hazard.posting.note')}
          value={note}
          maxLength={500}
          autosize
          minRows={2}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('hazard.posting.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
