import {
  Button,
  Checkbox,
  Fieldset,
  FileInput,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FIREARM_TYPES } from '../../../core/registry/firearm-types';
import { isApiError } from '../../api-client';
import { errorMessage } from '../../components/error-message';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { tracingApi } from './tracing-api';
import { useCreateTraceRequest } from './tracing-queries';

const EMPTY = {
  manufacturer: '',
  model: '',
  type: '',
  calibre: '',
  serial: '',
  serialObliterated: false,
  serialLegible: '',
  countryOfOrigin: '',
  otherMarks: '',
  recoveredAt: '',
  recoveredPlace: '',
  illicitReason: '',
  urgency: 'routine' as 'routine' | 'urgent',
  urgencyReason: '',
  caseReference: '',
  pointOfContact: '',
  intendedUse: '',
};
type Draft = typeof EMPTY;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A law-enforcement officer's trace request (ISACS 05.31 essential data, the ATF trace form as template). */
export function TraceRequestFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateTraceRequest();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [photos, setPhotos] = useState<File[]>([]);
  const [isUploading, setUploading] = useState(false);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof Draft) => ({
    value: draft[key] as string,
    onChange: (event: { currentTarget: { value: string } }) => set(key)(event.currentTarget.value as never),
    error: fieldError(key),
  });
  function fieldError(key: string): string | undefined {
    if (!isApiError(create.error)) return undefined;
    return create.error.fields.find((f) => f.path === key) ? t('errors.VALIDATION_FAILED') : undefined;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        manufacturer: orNull(draft.manufacturer),
        model: orNull(draft.model),
        type: orNull(draft.type),
        calibre: orNull(draft.calibre),
        serial: orNull(draft.serial),
        serialObliterated: draft.serialObliterated,
        serialLegible: draft.serialObliterated ? orNull(draft.serialLegible) : null,
        countryOfOrigin: orNull(draft.countryOfOrigin.toUpperCase()),
        otherMarks: orNull(draft.otherMarks),
        recoveredAt: orNull(draft.recoveredAt),
        recoveredPlace: orNull(draft.recoveredPlace),
        illicitReason: draft.illicitReason,
        urgency: draft.urgency,
        urgencyReason: orNull(draft.urgencyReason),
        caseReference: draft.caseReference,
        pointOfContact: draft.pointOfContact,
        intendedUse: draft.intendedUse,
      },
      {
        onSuccess: async (created) => {
          // The request stands once created; its photos follow, one by one. A photo the server
          // refuses is named, and the officer can add it again from the request's page.
          setUploading(true);
          try {
            for (const photo of photos) await tracingApi.addPhoto(created.id, photo);
            void navigate(`/tracing/requests/${created.id}`);
          } catch (error) {
            void navigate(`/tracing/requests/${created.id}`, {
              state: { photoError: errorMessage(t, error) },
            });
          } finally {
            setUploading(false);
          }
        },
      },
    );
  };
  return (
    <>
      <PageHeader title={t('tracing.form.title')} description={t('tracing.form.description')} />
      <ErrorAlert error={create.error} />
      <form onSubmit={submit} aria-label={t('tracing.form.title')}>
        <Stack gap="lg" maw={900}>
          <Fieldset legend={t('tracing.form.weapon')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('tracing.form.manufacturer')} {...text('manufacturer')} />
              <TextInput label={t('tracing.form.model')} {...text('model')} />
              <Select
                label={t('tracing.form.type')}
                data={FIREARM_TYPES.map((type) => ({
                  value: type,
                  label: t(`registry.firearmTypes.${type}`),
                }))}
                value={draft.type || null}
                onChange={(value) => set('type')(value ?? '')}
                clearable
              />
              <TextInput label={t('tracing.form.calibre')} {...text('calibre')} />
              <TextInput label={t('tracing.form.serial')} {...text('serial')} />
              <TextInput
                label={t('tracing.form.countryOfOrigin')}
                maxLength={2}
                {...text('countryOfOrigin')}
              />
            </SimpleGrid>
            <Checkbox
              mt="md"
              label={t('tracing.form.obliterated')}
              checked={draft.serialObliterated}
              onChange={(event) => set('serialObliterated')(event.currentTarget.checked)}
            />
            {draft.serialObliterated ? (
              <TextInput
                mt="sm"
                label={t('tracing.form.serialLegible')}
                ff="monospace"
                {...text('serialLegible')}
              />
            ) : null}
            <Textarea
              mt="sm"
              label={t('tracing.form.otherMarks')}
              autosize
              minRows={2}
              {...text('otherMarks')}
            />
            <FileInput
              mt="sm"
              multiple
              clearable
              label={t('tracing.photos.title')}
              description={t('tracing.photos.help')}
              accept="image/jpeg,image/png,image/webp"
              value={photos}
              onChange={setPhotos}
            />
          </Fieldset>
          <Fieldset legend={t('tracing.form.recovery')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="date" label={t('tracing.form.recoveredAt')} {...text('recoveredAt')} />
              <TextInput label={t('tracing.form.recoveredPlace')} {...text('recoveredPlace')} />
            </SimpleGrid>
            <Textarea
              mt="sm"
              required
              label={t('tracing.form.illicitReason')}
              autosize
              minRows={2}
              {...text('illicitReason')}
            />
          </Fieldset>
          <Fieldset legend={t('tracing.form.request')}>
            <Text size="sm" fw={500} mb={4} id="urgency-label">
              {t('tracing.form.urgency')}
            </Text>
            <SegmentedControl
              aria-labelledby="urgency-label"
              value={draft.urgency}
              onChange={(value) => set('urgency')(value as Draft['urgency'])}
              data={[
                { value: 'routine', label: t('tracing.urgency.routine') },
                { value: 'urgent', label: t('tracing.urgency.urgent') },
              ]}
            />
            {draft.urgency === 'urgent' ? (
              <TextInput mt="sm" label={t('tracing.form.urgencyReason')} {...text('urgencyReason')} />
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
              <TextInput required label={t('tracing.form.caseReference')} {...text('caseReference')} />
              <TextInput required label={t('tracing.form.pointOfContact')} {...text('pointOfContact')} />
            </SimpleGrid>
            <Textarea
              mt="sm"
              required
              label={t('tracing.form.intendedUse')}
              autosize
              minRows={2}
              {...text('intendedUse')}
            />
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending || isUploading}>
              {t('tracing.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
