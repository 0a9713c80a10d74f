import { Card, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../../../contracts/registry';
import { errorMessage } from '../../components/error-message';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { PhotoField } from './forms/photo-field';
import { registryApi } from './registry-api';
import { useBookWrite } from './registry-queries';

/** The facility's photos; its manager adds one (a ledger entry that pins the picture's hash). */
export function FacilityPhotos({ facility }: { facility: Facility }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canAdd = mayWrite(user, facility.organisationId, 'register-facility');
  const add = useBookWrite((input: { photoId: string; idempotencyKey: string }) =>
    registryApi.addFacilityPhoto(facility.id, input),
  );
  const [pending, setPending] = useState<string | null>(null);
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('registry.facility.photos')}
        </Title>
        {facility.photos.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('registry.facility.noPhotos')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
            {facility.photos.map((photo) => (
              <a
                key={photo.photoId}
                href={`/api/v1/photos/${photo.photoId}`}
                target="_blank"
                rel="noreferrer"
              >
                <Image
                  src={`/api/v1/photos/${photo.photoId}`}
                  alt={t('registry.facility.photoAlt')}
                  h={96}
                  fit="cover"
                  radius="sm"
                />
              </a>
            ))}
          </SimpleGrid>
        )}
        {canAdd ? (
          <PhotoField
            organisationId={facility.organisationId}
            label={t('registry.facility.addPhoto')}
            value={pending}
            onChange={(photoId) => {
              setPending(photoId);
              if (photoId) {
                add.mutate(
                  { photoId },
                  {
                    onSuccess: () => {
                      setPending(null);
                      add.renewKey();
                    },
                  },
                );
              }
            }}
            error={add.error ? errorMessage(t, add.error) : undefined}
          />
        ) : null}
      </Stack>
    </Card>
  );
}
