import { FileInput, Group, Image, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraceRequest } from '../../../contracts/tracing';
import { errorMessage } from '../../components/error-message';
import { tracePhotoUrl } from './tracing-api';
import { useAddTracePhoto } from './tracing-queries';

/** The photos of the recovered weapon; the requesting agency adds more while the request is open. */
export function TracePhotosCard({ request, canAdd }: { request: TraceRequest; canAdd: boolean }) {
  const { t } = useTranslation();
  const add = useAddTracePhoto(request.id);
  if (!canAdd && request.photos.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="trace-photos">
      <Title order={2} size="h4" mb="sm">
        {t('tracing.photos.title')}
      </Title>
      {request.photos.length === 0 ? (
        <Text c="dimmed">{t('tracing.photos.none')}</Text>
      ) : (
        <Group gap="sm">
          {request.photos.map((photo, index) => (
            <a key={photo.id} href={tracePhotoUrl(request.id, photo.id)} target="_blank" rel="noreferrer">
              <Image
                src={tracePhotoUrl(request.id, photo.id)}
                alt={t('tracing.photos.alt', { n: index + 1 })}
                h={120}
                w={160}
                fit="cover"
                radius="sm"
              />
            </a>
          ))}
        </Group>
      )}
      {canAdd ? (
        <FileInput
          mt="md"
          maw={420}
          label={t('tracing.photos.add')}
          description={t('tracing.photos.help')}
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          value={null}
          onChange={(file) => {
            if (file) add.mutate(file);
          }}
          disabled={add.isPending}
          error={add.error ? errorMessage(t, add.error) : undefined}
        />
      ) : null}
      {add.isPending ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('tracing.photos.uploading')}
        </Text>
      ) : null}
    </Paper>
  );
}
