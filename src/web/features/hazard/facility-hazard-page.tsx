import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FacilityHazard } from '../../../contracts/hazard';
import { MIXING_RULE_SETS } from '../../../core/hazard/country-hazard-settings';
import { isApiError } from '../../api-client';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { currentLanguage } from '../../i18n/i18n';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { signPackUrl } from './hazard-api';
import { useFacilityHazard, useSignPostings } from './hazard-queries';
import { HazardStatusBadges } from './hazard-status-badge';
import { SignPostingForm } from './sign-posting-form';
import { SignPreview } from './sign-preview';
import { signLabel } from './sign-label';

// A calendar date (YYYY-MM-DD) read at local noon, so no time zone moves it to the day before.
const calendarDay = (date: string) => `${date}T12:00:00`;

const FACTS_GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))',
  gap: 'var(--mantine-spacing-md)',
};

/** The hazard page of one store: contents by HD/CG, classification, NEQ against its limit, signs and postings. */
export function FacilityHazardPage({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const hazard = useFacilityHazard(id);
  if (hazard.isPending) return <LoadingBlock />;
  if (isApiError(hazard.error, 'NOT_FOUND') || isApiError(hazard.error, 'VALIDATION_FAILED')) {
    return (
      <>
        <PageHeader title={t('hazard.title')} />
        <Alert color="gray">{t('hazard.facility.notFound')}</Alert>
      </>
    );
  }
  if (hazard.error || !hazard.data) {
    return <ErrorAlert error={hazard.error} onRetry={() => void hazard.refetch()} />;
  }
  return <FacilityHazardDetails view={hazard.data} />;
}

function FacilityHazardDetails({ view }: { readonly view: FacilityHazard }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const postings = useSignPostings(view.facilityId);
  const mayRecord =
    user.organisation.id === view.organisationId &&
    (user.roles.includes('psc-manager') || user.roles.includes('psc-armourer'));
  const language = currentLanguage();
  const ruleSet =
    MIXING_RULE_SETS[view.settings.mixingRuleSetId]?.name[language] ?? view.settings.mixingRuleSetId;
  const kg = (value: number) => format.number(value);
  const dash = t('hazard.facility.none');

  const facts: Array<[string, string]> = [
    [t('hazard.facility.collectiveHazardDivision'), view.hazardDivision ?? dash],
    [t('hazard.facility.mixedLoadGroup'), view.compatibilityGroup ?? dash],
    [t('hazard.facility.fireDivision'), view.fireDivision === null ? dash : String(view.fireDivision)],
    [
      t('hazard.facility.compatibility'),
      view.holdsAmmunition
        ? view.compatible
          ? t('hazard.facility.compatible')
          : t('hazard.facility.incompatible')
        : dash,
    ],
  ];
  const neqShare = view.maxNeqKg ? Math.min(100, (view.neqKg / view.maxNeqKg) * 100) : 0;

  return (
    <>
      <Anchor component={Link} to="/hazard" size="sm">
        ← {t('hazard.facility.back')}
      </Anchor>
      <PageHeader
        title={`${view.facilityCode} · ${view.facilityName}`}
        description={t('hazard.facility.description')}
        actions={<HazardStatusBadges {...view} />}
      />
      <Stack gap="lg">
        {view.signsOutOfDate ? (
          <Alert
            color="red"
            variant="light"
            title={t('hazard.signs.outOfDateTitle')}
            data-testid="signs-out-of-date-alert"
          >
            {view.lastPosting === null ? t('hazard.signs.neverPosted') : t('hazard.signs.outOfDate')}
          </Alert>
        ) : view.holdsAmmunition ? (
          <Alert color="teal" variant="light" data-testid="signs-up-to-date">
            {t('hazard.signs.upToDate')}
          </Alert>
        ) : null}

        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="md">
            {t('hazard.facility.summary')}
          </Title>
          <Box component="dl" m={0} style={FACTS_GRID}>
            {facts.map(([label, value]) => (
              <div key={label}>
                <Text component="dt" size="sm" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" m={0} fw={600} size="lg" data-testid={`fact-${label}`}>
                  {value}
                </Text>
              </div>
            ))}
          </Box>
          {view.conflicts.length > 0 ? (
            <Alert color="orange" variant="light" mt="md" title={t('hazard.facility.conflictsTitle')}>
              <List size="sm">
                {view.conflicts.map((c) => (
                  <List.Item key={`${c.a}${c.b}`}>
                    <b>{t('hazard.facility.conflict', { a: c.a, b: c.b })}</b>: {c.reason[language]}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Text size="xs" c="dimmed" mt="md">
            {t(
              view.settings.isConfirmed
                ? 'hazard.facility.settingsConfirmed'
                : 'hazard.facility.settingsNote',
              {
                country: view.settings.countryCode,
                ruleSet,
                mode: t(`hazard.facility.modes.${view.settings.violationMode}`),
              },
            )}
          </Text>
        </Paper>

        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('hazard.facility.neqTitle')}
          </Title>
          <Text mb="xs" data-testid="neq-text">
            {view.maxNeqKg === null
              ? t('hazard.facility.neqNoLimit', { neq: kg(view.neqKg) })
              : t('hazard.facility.neqOfLimit', { neq: kg(view.neqKg), limit: kg(view.maxNeqKg) })}
          </Text>
          {view.maxNeqKg !== null ? (
            <Progress
              value={neqShare}
              color={view.isWithinLimit === false ? 'red' : neqShare > 80 ? 'orange' : 'teal'}
              size="lg"
              aria-label={t('hazard.facility.neqTitle')}
            />
          ) : null}
          {view.isWithinLimit === false ? (
            <Text c="red.8" size="sm" mt="xs">
              {t('hazard.facility.neqOverLimit')}
            </Text>
          ) : null}
          {!view.isNeqComplete ? (
            <Text c="orange.8" size="sm" mt="xs">
              {t('hazard.facility.neqIncomplete')}
            </Text>
          ) : null}
          {view.unclassifiedLots > 0 ? (
            <Text c="orange.8" size="sm" mt="xs">
              {t('hazard.facility.unclassified', { count: view.unclassifiedLots })}
            </Text>
          ) : null}
        </Paper>

        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('hazard.facility.contentsTitle')}
          </Title>
          {view.contents.length === 0 ? (
            <Text c="dimmed">{t('hazard.facility.empty')}</Text>
          ) : (
            <DataTable label={t('hazard.facility.contentsLabel')} minWidth={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('hazard.facility.classCode')}</Table.Th>
                  <Table.Th>{t('hazard.facility.lots')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('hazard.facility.rounds')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('hazard.facility.neq')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.contents.map((group) => (
                  <Table.Tr key={`${group.hazardDivision}${group.compatibilityGroup}`}>
                    <Table.Td fw={600}>
                      {group.hazardDivision
                        ? `${group.hazardDivision}${group.compatibilityGroup}`
                        : t('hazard.facility.unclassified')}
                    </Table.Td>
                    <Table.Td>
                      {group.lots.map((lot) => (
                        <Text size="sm" key={lot.lotId}>
                          {lot.lotNumber} · {lot.calibre}
                          {lot.unNumber ? ` · UN ${lot.unNumber}` : ''} · {format.number(lot.rounds)}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{format.number(group.rounds)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{kg(group.neqKg)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          )}
        </Stack>

        <Paper withBorder p="lg" radius="md">
          <Group justify="space-between" mb="md" align="flex-start">
            <Title order={2} size="h4">
              {t('hazard.signs.title')}
            </Title>
            {view.requiredSigns.length > 0 ? (
              <Group gap="sm">
                <Button
                  component="a"
                  href={signPackUrl(view.facilityId, 'full')}
                  download
                  data-testid="download-full"
                >
                  {t('hazard.signs.downloadFull')}
                </Button>
                <Button
                  component="a"
                  href={signPackUrl(view.facilityId, 'half')}
                  download
                  variant="light"
                  data-testid="download-half"
                >
                  {t('hazard.signs.downloadHalf')}
                </Button>
              </Group>
            ) : null}
          </Group>
          {view.requiredSigns.length === 0 ? (
            <Text c="dimmed">{t('hazard.signs.none')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }}>
              {view.requiredSigns.map((code) => (
                <SignPreview key={code} facilityId={view.facilityId} code={code} />
              ))}
            </SimpleGrid>
          )}
          {view.lastPosting ? (
            <Text size="sm" c="dimmed" mt="md">
              {t('hazard.posting.lastPosted', { date: format.date(calendarDay(view.lastPosting.postedOn)) })}:{' '}
              {view.lastPosting.signs.map((code) => signLabel(t, code)).join(', ')}
            </Text>
          ) : null}
        </Paper>

        {mayRecord && view.requiredSigns.length > 0 ? (
          <SignPostingForm
            key={view.requiredSigns.join()}
            facilityId={view.facilityId}
            requiredSigns={view.requiredSigns}
          />
        ) : !mayRecord ? (
          <Text size="sm" c="dimmed">
            {t('hazard.posting.readOnly')}
          </Text>
        ) : null}

        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('hazard.posting.historyTitle')}
          </Title>
          {postings.error ? <ErrorAlert error={postings.error} /> : null}
          {postings.data && postings.data.items.length === 0 ? (
            <Text c="dimmed">{t('hazard.posting.historyEmpty')}</Text>
          ) : postings.data ? (
            <DataTable label={t('hazard.posting.historyLabel')} minWidth={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('hazard.posting.postedOnColumn')}</Table.Th>
                  <Table.Th>{t('hazard.posting.signsColumn')}</Table.Th>
                  <Table.Th>{t('hazard.posting.byColumn')}</Table.Th>
                  <Table.Th>{t('hazard.posting.deliveredByColumn')}</Table.Th>
                  <Table.Th>{t('hazard.posting.noteColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {postings.data.items.map((posting) => (
                  <Table.Tr key={posting.id}>
                    <Table.Td>{format.date(calendarDay(posting.postedOn))}</Table.Td>
                    <Table.Td>{posting.signs.map((code) => signLabel(t, code)).join(', ')}</Table.Td>
                    <Table.Td>{posting.recordedByName ?? posting.recordedBy}</Table.Td>
                    <Table.Td>{posting.deliveredBy ?? '—'}</Table.Td>
                    <Table.Td>{posting.note ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          ) : null}
        </Stack>
      </Stack>
    </>
  );
}
