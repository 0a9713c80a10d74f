import { Anchor, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Facility } from '../../../contracts/registry';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { registryEs } from '../../i18n/registry.es';
import { DetailFields } from './detail-fields';
import { FacilityPhotos } from './facility-photos';
import { HistoryTimeline } from './history-timeline';
import { useFacility } from './registry-queries';

type SecurityKey = keyof typeof registryEs.facility.securityFeatures;
const SECURITY_KEYS = Object.keys(registryEs.facility.securityFeatures) as SecurityKey[];

export function FacilityPage({ id }: { id: string }) {
  const facility = useFacility(id);
  if (facility.error) return <ErrorAlert error={facility.error} onRetry={() => void facility.refetch()} />;
  if (!facility.data) return <LoadingBlock />;
  return <FacilityView facility={facility.data} />;
}

function FacilityView({ facility }: { facility: Facility }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const show = (value: unknown) =>
    typeof value === 'boolean'
      ? value
        ? t('registry.yes')
        : t('registry.no')
      : value === null
        ? null
        : String(value);
  const scoped = `organisationId=${facility.organisationId}&facilityId=${facility.id}`;
  return (
    <>
      <Anchor component={Link} to="/registry/facilities" size="sm">
        ← {t('registry.back')}
      </Anchor>
      <PageHeader
        title={t('registry.facility.title', { code: facility.code })}
        description={`${facility.name} · ${t(`registry.facilityKinds.${facility.kind}`)}`}
      />
      <Group gap="md" mb="md">
        <Anchor component={Link} to={`/registry/firearms?${scoped}`}>
          {t('registry.facility.firearmsHere')}
        </Anchor>
        <Anchor component={Link} to={`/registry/ammunition?${scoped}`}>
          {t('registry.facility.lotsHere')}
        </Anchor>
        <Anchor component={Link} to={`/hazard/facilities/${facility.id}`}>
          {t('registry.facility.hazardHere')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Stack gap="md">
          <DetailFields
            title={t('registry.facility.details')}
            fields={[
              { label: t('registry.facility.fields.code'), value: facility.code },
              { label: t('registry.facility.fields.name'), value: facility.name },
              {
                label: t('registry.facility.fields.kind'),
                value: t(`registry.facilityKinds.${facility.kind}`),
              },
              { label: t('registry.facility.fields.address'), value: facility.address },
              { label: t('registry.facility.fields.licenceNumber'), value: facility.licenceNumber },
              {
                label: t('registry.facility.fields.licenceExpiresOn'),
                value: facility.licenceExpiresOn ? formatters.date(facility.licenceExpiresOn) : null,
              },
              {
                label: t('registry.facility.fields.maxNeqKg'),
                value: facility.maxNeqKg === null ? null : formatters.number(facility.maxNeqKg),
              },
              {
                label: t('registry.facility.fields.coordinates'),
                value:
                  facility.latitude === null || facility.longitude === null
                    ? null
                    : `${facility.latitude}, ${facility.longitude}`,
              },
            ]}
          />
          <DetailFields
            title={t('registry.facility.security')}
            fields={SECURITY_KEYS.map((key) => ({
              label: t(`registry.facility.securityFeatures.${key}`),
              value: show(facility.securityFeatures[key] ?? null),
            }))}
          />
          <FacilityPhotos facility={facility} />
        </Stack>
        <HistoryTimeline subjectId={facility.id} organisationId={facility.organisationId} />
      </SimpleGrid>
    </>
  );
}
