import { Anchor, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IncidentDetail } from '../../../contracts/incidents';
import { DataTable } from '../../components/data-table';
import { LoadingBlock } from '../../components/loading-block';
import { NotAllowed } from '../../components/not-allowed';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { firearmStatusLabel } from '../armoury/armoury-labels';
import { DetailFields } from '../registry/detail-fields';
import { statusColor } from '../registry/status-color';
import { StatusPill } from '../registry/status-pill';
import { ErrorAlert } from '../../components/error-alert';
import { isApiError } from '../../api-client';
import { FollowUpForm, RecoveryModal, RegulatorActions } from './incident-actions';
import { ClockBlock } from './incident-clock';
import { IncidentThread } from './incident-thread';
import { incidentReportUrl } from './incidents-api';
import { useIncident, useIncidentSide } from './incidents-queries';

const MISSING_STATUSES = new Set(['lost', 'stolen', 'seized']);

/** One incident: its clocks, its content, the thread with the regulator and what each side may do next. */
export function IncidentPage({ organisationId, incidentId }: { organisationId: string; incidentId: string }) {
  const incident = useIncident(organisationId, incidentId);
  if (incident.isPending) return <LoadingBlock />;
  if (isApiError(incident.error, 'NOT_FOUND')) return <NotAllowed />;
  if (incident.error || !incident.data)
    return <ErrorAlert error={incident.error} onRetry={() => void incident.refetch()} />;
  return <IncidentView incident={incident.data} />;
}

function IncidentView({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const side = useIncidentSide();
  const [recovering, setRecovering] = useState<IncidentDetail['firearms'][number] | null>(null);
  const orNone = (value: string | null) => value ?? t('incidents.detail.notRecorded');
  return (
    <>
      <PageHeader
        title={incident.reference}
        description={`${t(`incidents.kinds.${incident.kind}`)} · ${incident.organisationName} · ${t(
          'incidents.detail.reportedBy',
          { name: incident.createdByName, date: format.dateTime(incident.createdAt) },
        )}`}
        actions={
          <>
            <Button
              component="a"
              variant="default"
              href={incidentReportUrl(incident.organisationId, incident.id, 'es')}
              target="_blank"
              rel="noopener"
            >
              {t('incidents.detail.pdfEs')}
            </Button>
            <Button
              component="a"
              variant="default"
              href={incidentReportUrl(incident.organisationId, incident.id, 'en')}
              target="_blank"
              rel="noopener"
            >
              {t('incidents.detail.pdfEn')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="clocks-heading">
          <Group justify="space-between" align="flex-start" mb="sm">
            <Title order={2} size="h4" id="clocks-heading">
              {t('incidents.detail.clocks')}
            </Title>
            <Text size="sm" data-testid="incident-status">
              {t('incidents.detail.status')}: <b>{t(`incidents.statuses.${incident.status}`)}</b>
            </Text>
          </Group>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <ClockBlock clock={incident.clocks.notification} name="notification" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <ClockBlock clock={incident.clocks.followUp} name="followUp" />
            </Grid.Col>
          </Grid>
          <Text size="xs" c="dimmed" mt="sm">
            {t('incidents.clocks.rule', {
              country: incident.clocks.rule.countryCode,
              hours: incident.clocks.rule.notifyWithinHours,
              days: incident.clocks.rule.followUpWithinDays,
            })}
          </Text>
        </Paper>

        <DetailFields
          title={t('incidents.detail.content')}
          fields={[
            { label: t('incidents.detail.kind'), value: t(`incidents.kinds.${incident.kind}`) },
            { label: t('incidents.detail.company'), value: incident.organisationName },
            {
              label: t('incidents.detail.occurredAt'),
              value: incident.occurredAt
                ? format.dateTime(incident.occurredAt)
                : t('incidents.detail.unknown'),
            },
            { label: t('incidents.detail.discoveredAt'), value: format.dateTime(incident.discoveredAt) },
            { label: t('incidents.detail.place'), value: incident.place },
            { label: t('incidents.detail.facility'), value: incident.facilityName },
            { label: t('incidents.detail.policeReportNumber'), value: orNone(incident.policeReportNumber) },
            { label: t('incidents.detail.notificationsMade'), value: orNone(incident.notificationsMade) },
          ]}
        />
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <TextBlock label={t('incidents.detail.circumstances')} text={incident.circumstances} />
            <TextBlock label={t('incidents.detail.injuries')} text={orNone(incident.injuries)} />
            <TextBlock label={t('incidents.detail.damage')} text={orNone(incident.damage)} />
            <TextBlock label={t('incidents.detail.measuresTaken')} text={orNone(incident.measuresTaken)} />
          </Stack>
        </Paper>

        <section aria-labelledby="weapons-heading">
          <Title order={2} size="h4" mb="sm" id="weapons-heading">
            {t('incidents.detail.weapons')}
          </Title>
          {incident.firearms.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('incidents.detail.none')}
            </Text>
          ) : (
            <DataTable label={t('incidents.detail.weaponsTableLabel')} minWidth={760}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('incidents.detail.serial')}</Table.Th>
                  <Table.Th>{t('incidents.detail.weapon')}</Table.Th>
                  <Table.Th>{t('incidents.detail.role')}</Table.Th>
                  <Table.Th>{t('incidents.detail.currentStatus')}</Table.Th>
                  {side === 'company' ? <Table.Th>{t('common.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {incident.firearms.map((weapon) => (
                  <Table.Tr key={weapon.firearmId} data-testid={`incident-firearm-${weapon.serial}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/registry/firearms/${weapon.firearmId}`} ff="monospace">
                        {weapon.serial}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {[weapon.manufacturer, weapon.model, weapon.calibre].filter(Boolean).join(' · ')}
                    </Table.Td>
                    <Table.Td>{t(`incidents.firearmRoles.${weapon.role}`)}</Table.Td>
                    <Table.Td>
                      <StatusPill
                        label={firearmStatusLabel(t, weapon.currentStatus)}
                        color={statusColor(weapon.currentStatus)}
                      />
                    </Table.Td>
                    {side === 'company' ? (
                      <Table.Td>
                        {MISSING_STATUSES.has(weapon.currentStatus) ? (
                          <Button size="compact-sm" variant="light" onClick={() => setRecovering(weapon)}>
                            {t('incidents.detail.recover')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          )}
        </section>

        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <section aria-labelledby="ammunition-heading">
              <Title order={2} size="h4" mb="sm" id="ammunition-heading">
                {t('incidents.detail.ammunition')}
              </Title>
              {incident.ammunition.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('incidents.detail.none')}
                </Text>
              ) : (
                <DataTable label={t('incidents.detail.ammunitionTableLabel')} minWidth={360}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('incidents.detail.lot')}</Table.Th>
                      <Table.Th>{t('incidents.detail.calibre')}</Table.Th>
                      <Table.Th>{t('incidents.detail.rounds')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {incident.ammunition.map((lot) => (
                      <Table.Tr key={lot.lotId}>
                        <Table.Td ff="monospace">{lot.lotNumber}</Table.Td>
                        <Table.Td>{lot.calibre}</Table.Td>
                        <Table.Td>{format.number(lot.rounds)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </DataTable>
              )}
            </section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <section aria-labelledby="persons-heading">
              <Title order={2} size="h4" mb="sm" id="persons-heading">
                {t('incidents.detail.persons')}
              </Title>
              {incident.persons.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('incidents.detail.none')}
                </Text>
              ) : (
                <DataTable label={t('incidents.detail.personsTableLabel')} minWidth={360}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('incidents.detail.name')}</Table.Th>
                      <Table.Th>{t('incidents.detail.role')}</Table.Th>
                      <Table.Th>{t('incidents.detail.injured')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {incident.persons.map((person) => (
                      <Table.Tr key={person.id}>
                        <Table.Td>{person.name}</Table.Td>
                        <Table.Td>{t(`incidents.personRoles.${person.role}`)}</Table.Td>
                        <Table.Td>
                          {person.isInjured
                            ? `${t('common.yes')}${person.injuryDescription ? ` — ${person.injuryDescription}` : ''}`
                            : t('common.no')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </DataTable>
              )}
            </section>
          </Grid.Col>
        </Grid>

        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="follow-up-heading">
          <Title order={2} size="h4" mb="sm" id="follow-up-heading">
            {t('incidents.followUp.title')}
          </Title>
          {incident.followUpReport ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="follow-up-report">
              {incident.followUpReport}
            </Text>
          ) : incident.permissions.canSubmitFollowUp ? (
            <FollowUpForm incident={incident} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('incidents.detail.notRecorded')}
            </Text>
          )}
        </Paper>

        <IncidentThread incident={incident} />

        {incident.outcome || incident.closedAt ? (
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="outcome-heading">
            <Title order={2} size="h4" mb="sm" id="outcome-heading">
              {t('incidents.detail.outcome')}
            </Title>
            <Stack gap="xs">
              {incident.outcome ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="incident-outcome">
                  {incident.outcome}
                </Text>
              ) : null}
              {incident.closingNote ? (
                <TextBlock label={t('incidents.detail.closingNote')} text={incident.closingNote} />
              ) : null}
              {incident.closedAt ? (
                <Text size="sm" fw={600}>
                  {t('incidents.detail.closedAt', { date: format.dateTime(incident.closedAt) })}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        ) : null}

        {side === 'regulator' ? <RegulatorActions incident={incident} /> : null}

        <Group>
          <Anchor component={Link} to="/incidents">
            {t('incidents.detail.back')}
          </Anchor>
        </Group>
      </Stack>
      <RecoveryModal incident={incident} weapon={recovering} onClose={() => setRecovering(null)} />
    </>
  );
}

function TextBlock({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </div>
  );
}
