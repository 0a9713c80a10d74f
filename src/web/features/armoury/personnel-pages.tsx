import { apiRequest } from '../../api-client';
import { errorMessage } from '../../components/error-message';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  PERSONNEL_ROLES,
  PERSONNEL_STATUSES,
  QUALIFICATION_RESULTS,
} from '../../../core/armoury/armoury-terms';
import { FIREARM_TYPES } from '../../../core/registry/firearm-types';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { useFormatters } from '../../i18n/format';
import {
  armouryApi,
  badgeLabelsUrl,
  createPersonnel,
  personnelPath,
  type PersonnelData,
  type PersonnelDetailData,
  type UpdatePersonnelBody,
} from './armoury-api';
import { formatDay, weaponTypeLabel } from './armoury-labels';
import { ArmouryPage } from './armoury-page';
import { PersonCard } from './person-card';
import { useCanManage, useOrganisationId } from './use-armoury';

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The company's personnel with their licence and what they are qualified on; badges as a PDF sheet. */
export function PersonnelListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isAdding, setAdding] = useState(false);
  const canManage = useCanManage();
  const query = { q: q || undefined, role: role ?? undefined, status: status ?? undefined, limit: 500 };
  const list = useQuery({
    queryKey: ['armoury', 'personnel', organisationId, query],
    queryFn: () => armouryApi.personnel(organisationId, query),
  });
  const items = list.data?.items ?? [];
  return (
    <ArmouryPage
      title={t('armoury.personnel.title')}
      description={t('armoury.personnel.description')}
      actions={
        <>
          <Button
            variant="default"
            component="a"
            href={badgeLabelsUrl(
              organisationId,
              items.map((p) => p.id),
            )}
            target="_blank"
          >
            {t('armoury.personnel.badges')}
          </Button>
          {canManage ? (
            <Button onClick={() => setAdding((v) => !v)}>{t('armoury.personnel.add')}</Button>
          ) : null}
        </>
      }
    >
      <Stack gap="md">
        {isAdding ? <AddPersonForm onDone={() => setAdding(false)} /> : null}
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('armoury.personnel.search')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 280 }}
          />
          <Select
            label={t('armoury.personnel.roleFilter')}
            data={PERSONNEL_ROLES.map((value) => ({ value, label: t(`armoury.person.role.${value}`) }))}
            value={role}
            onChange={setRole}
            clearable
            placeholder={t('common.all')}
            w={180}
          />
          <Select
            label={t('armoury.personnel.statusFilter')}
            data={PERSONNEL_STATUSES.map((value) => ({ value, label: t(`armoury.person.status.${value}`) }))}
            value={status}
            onChange={setStatus}
            clearable
            placeholder={t('common.all')}
            w={180}
          />
        </Group>
        {list.isPending ? (
          <LoadingBlock />
        ) : list.error ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <Text c="dimmed">{t('armoury.personnel.empty')}</Text>
        ) : (
          <DataTable label={t('armoury.personnel.tableLabel')} minWidth={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('armoury.personnel.name')}</Table.Th>
                <Table.Th>{t('armoury.person.nationalId')}</Table.Th>
                <Table.Th>{t('armoury.personnel.roleFilter')}</Table.Th>
                <Table.Th>{t('armoury.personnel.statusFilter')}</Table.Th>
                <Table.Th>{t('armoury.person.licence')}</Table.Th>
                <Table.Th>{t('armoury.person.qualified')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/armoury/personnel/${person.id}`}
                      aria-label={t('armoury.personnel.open', { name: person.fullName })}
                      fw={500}
                    >
                      {person.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{person.nationalId}</Table.Td>
                  <Table.Td>{t(`armoury.person.role.${person.role}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} c={person.status === 'active' ? 'teal.9' : 'red.8'}>
                      {t(`armoury.person.status.${person.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <LicenceBadge person={person} format={format} />
                  </Table.Td>
                  <Table.Td>
                    {person.qualifiedWeaponTypes.map((type) => weaponTypeLabel(t, type)).join(', ') || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </Stack>
    </ArmouryPage>
  );
}

function LicenceBadge({
  person,
  format,
}: {
  person: PersonnelData;
  format: ReturnType<typeof useFormatters>;
}) {
  const { t } = useTranslation();
  const licence = person.licence;
  if (!licence)
    return (
      <Badge color="red" variant="light">
        {t('armoury.person.licenceNone')}
      </Badge>
    );
  return (
    <Group gap={4}>
      <Badge color={licence.isValid ? 'teal' : 'red'} variant="light">
        {licence.isValid
          ? t('armoury.person.licenceValid', { date: formatDay(format, licence.expiresOn) })
          : t('armoury.person.licenceLapsed', { date: formatDay(format, licence.expiresOn) })}
      </Badge>
      {licence.isArmed ? null : (
        <Badge color="orange" variant="light">
          {t('armoury.person.unarmed')}
        </Badge>
      )}
    </Group>
  );
}

interface LicenceFields {
  number: string;
  authority: string;
  isArmed: boolean;
  expiresOn: string;
}

function LicenceInputs({ value, onChange }: { value: LicenceFields; onChange(next: LicenceFields): void }) {
  const { t } = useTranslation();
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t('armoury.personnel.licenceNumber')}
          value={value.number}
          maxLength={60}
          onChange={(event) => onChange({ ...value, number: event.currentTarget.value })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t('armoury.person.authority')}
          value={value.authority}
          maxLength={200}
          onChange={(event) => onChange({ ...value, authority: event.currentTarget.value })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          type="date"
          label={t('armoury.personnel.licenceExpires')}
          value={value.expiresOn}
          onChange={(event) => onChange({ ...value, expiresOn: event.currentTarget.value })}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label={t('armoury.personnel.licenceArmed')}
          checked={value.isArmed}
          onChange={(event) => onChange({ ...value, isArmed: event.currentTarget.checked })}
        />
      </Grid.Col>
    </Grid>
  );
}

const licenceOrNull = (l: LicenceFields) =>
  l.number.trim() && l.authority.trim() && l.expiresOn
    ? { number: l.number.trim(), authority: l.authority.trim(), isArmed: l.isArmed, expiresOn: l.expiresOn }
    : null;

function AddPersonForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [nationalId, setNationalId] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<(typeof PERSONNEL_ROLES)[number]>('guard');
  const [licence, setLicence] = useState<LicenceFields>({
    number: '',
    authority: '',
    isArmed: true,
    expiresOn: '',
  });
  const create = useMutation({
    mutationFn: () =>
      createPersonnel(organisationId, {
        nationalId: nationalId.trim(),
        fullName: fullName.trim(),
        role,
        licence: licenceOrNull(licence),
      }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('armoury.personnel.saved') });
      void queryClient.invalidateQueries({ queryKey: ['armoury', 'personnel'] });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="sm">
        {t('armoury.personnel.add')}
      </Title>
      <Stack gap="sm">
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('armoury.person.nationalId')}
              value={nationalId}
              required
              maxLength={40}
              onChange={(event) => setNationalId(event.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label={t('armoury.personnel.name')}
              value={fullName}
              required
              maxLength={200}
              onChange={(event) => setFullName(event.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <Select
              label={t('armoury.personnel.roleFilter')}
              data={PERSONNEL_ROLES.map((value) => ({ value, label: t(`armoury.person.role.${value}`) }))}
              value={role}
              onChange={(value) => setRole(pick(PERSONNEL_ROLES, value) ?? 'guard')}
              allowDeselect={false}
            />
          </Grid.Col>
        </Grid>
        <LicenceInputs value={licence} onChange={setLicence} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One person: licence and status (editable by the manager), qualifications, weapons held now, badge. */
export function PersonnelDetailPage() {
  const { personnelId = '' } = useParams();
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const person = useQuery({
    queryKey: ['armoury', 'personnel', organisationId, personnelId],
    queryFn: () => armouryApi.person(organisationId, personnelId),
  });
  const title = person.data?.fullName ?? t('armoury.personnel.title');
  return (
    <ArmouryPage
      title={title}
      actions={
        <Anchor component={Link} to="/armoury/personnel">
          {t('armoury.personnel.back')}
        </Anchor>
      }
    >
      {person.isPending ? (
        <LoadingBlock />
      ) : person.error ? (
        <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
      ) : (
        <PersonDetail person={person.data} />
      )}
    </ArmouryPage>
  );
}

function PersonDetail({ person }: { person: PersonnelDetailData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const canManage = useCanManage();
  return (
    <Stack gap="lg">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <PersonCard person={person} showName={false} />
            <Group>
              <Button
                variant="default"
                component="a"
                href={badgeLabelsUrl(organisationId, [person.id])}
                target="_blank"
              >
                {t('armoury.personnel.badge')}
              </Button>
            </Group>
            <Paper withBorder p="md" radius="md">
              <Title order={2} size="h4" mb="xs">
                {t('armoury.personnel.currentIssues')}
              </Title>
              {person.currentIssues.length === 0 ? (
                <Text c="dimmed">{t('armoury.personnel.none')}</Text>
              ) : (
                person.currentIssues.map((issue) => (
                  <Text key={issue.id} size="sm" component="div">
                    {issue.firearm.serial} · {weaponTypeLabel(t, issue.firearm.type)} {issue.firearm.model} —{' '}
                    {format.dateTime(issue.issuedAt)}
                    {issue.isOverdue ? (
                      <Badge ml="xs" color="red">
                        {t('armoury.board.overdue')}
                      </Badge>
                    ) : null}
                  </Text>
                ))
              )}
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {canManage ? <EditPersonForm person={person} /> : null}
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('armoury.personnel.qualifications')}
        </Title>
        {person.qualifications.length === 0 ? (
          <Text c="dimmed">{t('armoury.personnel.none')}</Text>
        ) : (
          <DataTable label={t('armoury.personnel.qualifications')} minWidth={700}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('armoury.personnel.course')}</Table.Th>
                <Table.Th>{t('armoury.personnel.weaponType')}</Table.Th>
                <Table.Th>{t('armoury.personnel.qualifiedOn')}</Table.Th>
                <Table.Th>{t('armoury.personnel.result')}</Table.Th>
                <Table.Th>{t('armoury.personnel.validUntil')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.qualifications.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>{q.course}</Table.Td>
                  <Table.Td>
                    {weaponTypeLabel(t, q.weaponType)}
                    {q.weaponModel ? ` (${q.weaponModel})` : ''}
                  </Table.Td>
                  <Table.Td>{formatDay(format, q.qualifiedOn)}</Table.Td>
                  <Table.Td>{t(`armoury.personnel.results.${q.result}`)}</Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      fw={500}
                      c={q.isValid ? 'teal.9' : 'red.8'}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {formatDay(format, q.validUntil)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
        {canManage ? <AddQualificationForm personId={person.id} /> : null}
      </Paper>
    </Stack>
  );
}

function EditPersonForm({ person }: { person: PersonnelDetailData }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState(person.status);
  const [role, setRole] = useState(person.role);
  const [licence, setLicence] = useState<LicenceFields>(
    person.licence ? { ...person.licence } : { number: '', authority: '', isArmed: true, expiresOn: '' },
  );
  const update = useMutation({
    mutationFn: (body: UpdatePersonnelBody) =>
      apiRequest<PersonnelData>('PUT', personnelPath(organisationId, person.id), body),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('armoury.personnel.saved') });
      void queryClient.invalidateQueries({ queryKey: ['armoury', 'personnel'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ status, role, licence: licenceOrNull(licence) });
  }
  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="sm">
        {t('armoury.personnel.edit')}
      </Title>
      <Stack gap="sm">
        {update.error ? <Text c="red.8">{errorMessage(t, update.error)}</Text> : null}
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('armoury.personnel.statusFilter')}
              data={PERSONNEL_STATUSES.map((value) => ({
                value,
                label: t(`armoury.person.status.${value}`),
              }))}
              value={status}
              onChange={(value) => setStatus(pick(PERSONNEL_STATUSES, value) ?? status)}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('armoury.personnel.roleFilter')}
              data={PERSONNEL_ROLES.map((value) => ({ value, label: t(`armoury.person.role.${value}`) }))}
              value={role}
              onChange={(value) => setRole(pick(PERSONNEL_ROLES, value) ?? role)}
              allowDeselect={false}
            />
          </Grid.Col>
        </Grid>
        <LicenceInputs value={licence} onChange={setLicence} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function AddQualificationForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [course, setCourse] = useState('');
  const [weaponType, setWeaponType] = useState<string | null>('revolver');
  const [qualifiedOn, setQualifiedOn] = useState(today());
  const [result, setResult] = useState<(typeof QUALIFICATION_RESULTS)[number]>('pass');
  const add = useMutation({
    mutationFn: () =>
      armouryApi.addQualification(organisationId, personId, {
        course: course.trim(),
        weaponType: weaponType ?? '',
        qualifiedOn,
        result,
      }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('armoury.personnel.saved') });
      setCourse('');
      void queryClient.invalidateQueries({ queryKey: ['armoury', 'personnel'] });
    },
  });
  return (
    <Stack
      gap="sm"
      mt="md"
      component="form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        add.mutate();
      }}
    >
      <Title order={3} size="h5">
        {t('armoury.personnel.addQualification')}
      </Title>
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput
            label={t('armoury.personnel.course')}
            value={course}
            required
            maxLength={200}
            onChange={(event) => setCourse(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Select
            label={t('armoury.personnel.weaponType')}
            data={FIREARM_TYPES.map((value) => ({ value, label: weaponTypeLabel(t, value) }))}
            value={weaponType}
            onChange={setWeaponType}
            allowDeselect={false}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <TextInput
            type="date"
            label={t('armoury.personnel.qualifiedOn')}
            value={qualifiedOn}
            max={today()}
            onChange={(event) => setQualifiedOn(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Select
            label={t('armoury.personnel.result')}
            data={QUALIFICATION_RESULTS.map((value) => ({
              value,
              label: t(`armoury.personnel.results.${value}`),
            }))}
            value={result}
            onChange={(value) => setResult(pick(QUALIFICATION_RESULTS, value) ?? 'pass')}
            allowDeselect={false}
          />
        </Grid.Col>
      </Grid>
      <Group>
        <Button type="submit" loading={add.isPending}>
          {t('armoury.personnel.addQualification')}
        </Button>
      </Group>
    </Stack>
  );
}
