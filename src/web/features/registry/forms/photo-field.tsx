import { FileInput, Group, Image, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../components/error-message';
import { registryApi } from '../registry-api';

interface PhotoFieldProps {
  readonly organisationId: string;
  readonly label: string;
  /** The uploaded photo's id, or null. */
  readonly value: string | null;
  onChange(photoId: string | null): void;
  readonly error?: string | undefined;
}

/** Upload a photo to the book as soon as it is chosen; the form then sends only its id. */
export function PhotoField({ organisationId, label, value, onChange, error }: PhotoFieldProps) {
  const { t } = useTranslation();
  const upload = useMutation({
    mutationFn: (file: File) => registryApi.uploadPhoto(organisationId, file),
    onSuccess: (photo) => onChange(photo.id),
    onError: () => onChange(null),
  });
  return (
    <div>
      <FileInput
        label={label}
        description={t('registry.firearm.markingFields.photoHelp')}
        accept="image/jpeg,image/png,image/webp"
        capture="environment"
        clearable
        onChange={(file) => {
          if (file) upload.mutate(file);
          else onChange(null);
        }}
        error={upload.error ? errorMessage(t, upload.error) : error}
      />
      {upload.isPending ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('registry.firearm.markingFields.photoUploading')}
        </Text>
      ) : null}
      {value && !upload.isPending ? (
        <Group gap="xs" mt={4}>
          <Image src={`/api/v1/photos/${value}`} alt="" h={48} w={48} fit="cover" radius="sm" />
          <Text size="sm">{t('registry.firearm.markingFields.photoAttached')}</Text>
        </Group>
      ) : null}
    </div>
  );
}
