import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FIREARM_TYPES } from '../../../core/registry/firearm-types';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { useFormatters } from '../../i18n/format';
import { armouryApi, type ClientData } from './armoury-api';
import { formatDay, weaponTypeLabel } from './armoury-labels';
import { ArmouryPage } from './armoury-page';
import { SettingsCard } from './settings-card';
import { armouryKeys, useCanManage, useClients, useOrganisationId } from './use-armoury';

/** The company's operating authorisation, and its clients with their sites and guard posts. */
export function ClientsPage() {
  const { t } = useTranslation();
  const clients = useClients();
  const [isAdding, setAdding] = useState(false);
  const canManage = useCanManage();
  return (
    <ArmouryPage
      title={t('armoury.clients.title')}
      description={t('armoury.clients.description')}
      actions={
        canManage ? (
          <Button onClick={() => setAdding((v) => !v)}>{t('armoury.clients.addClient')}</Button>
        ) : undefined
      }
    >
      <Stack gap="md">
        <AuthorisationCard />
        {canManage ? <SettingsCard /> : null}
        {isAdding ? (
          <InlineForm
            title={t('armoury.clients.addClient')}
            onDone={() => setAdding(false)}
            fields={[
              { key: 'name', label: t('armoury.clients.clientName'), required: true },
              { key: 'taxId', label: t('armoury.clients.taxId') },
            ]}
            write={(organisationId, values) =>
              armouryApi.createClient(organisationId, {
                name: values.name ?? '',
                taxId: values.taxId || null,
              })
            }
          />
        ) : null}
        {clients.isPending ? (
          <LoadingBlock />
        ) : clients.error ? (
          <ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} />
        ) : clients.data.items.length === 0 ? (
          <Text c="dimmed">{t('armoury.clients.empty')}</Text>
        ) : (
          clients.data.items.map((client) => <ClientCard key={client.id} client={client} />)
        )}
      </Stack>
    </ArmouryPage>
  );
}

function AuthorisationCard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const authorisation = useQuery({
    queryKey: ['armoury', 'authorisation', organisationId],
    queryFn: () => armouryApi.authorisation(organisationId),
  });
  if (authorisation.isPending) return <LoadingBlock />;
  if (authorisation.error) return <ErrorAlert error={authorisation.error} />;
  const value = authorisation.data.authorisation;
  if (!value) return <Alert color="red">{t('armoury.clients.authorisationNone')}</Alert>;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('armoury.clients.authorisation')}
        </Title>
        <Badge color={value.isValid ? 'teal' : 'red'}>
          {value.isValid ? t('armoury.clients.valid') : t('armoury.clients.lapsed')}
        </Badge>
      </Group>
      <Text size="sm" mt={4}>
        {t('armoury.clients.authorisationLine', {
          number: value.number,
          by: value.issuedByName,
          from: formatDay(format, value.validFrom),
          until: formatDay(format, value.validUntil),
        })}
      </Text>
    </Paper>
  );
}

function ClientCard({ client }: { client: ClientData }) {
  const { t } = useTranslation();
  const [addingSite, setAddingSite] = useState(false);
  const [addingPostAt, setAddingPostAt] = useState<string | null>(null);
  const canManage = useCanManage();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={2} size="h4">
            {client.name}
          </Title>
          {client.taxId ? (
            <Text size="sm" c="dimmed">
              {t('armoury.clients.taxId')}: {client.taxId}
            </Text>
          ) : null}
        </div>
        {canManage ? (
          <Button variant="light" size="compact-sm" onClick={() => setAddingSite((v) => !v)}>
            {t('armoury.clients.addSite')}
          </Button>
        ) : null}
      </Group>
      {addingSite ? (
        <InlineForm
          title={t('armoury.clients.addSite')}
          onDone={() => setAddingSite(false)}
          fields={[
            { key: 'name', label: t('armoury.clients.siteName'), required: true },
            { key: 'address', label: t('armoury.clients.address') },
          ]}
          write={(organisationId, values) =>
            armouryApi.createSite(organisationId, {
              clientId: client.id,
              name: values.name ?? '',
              address: values.address || null,
            })
          }
        />
      ) : null}
      <Stack gap="sm">
        {client.sites.map((site) => (
          <Paper key={site.id} withBorder p="sm" radius="sm" bg="gray.0">
            <Group justify="space-between">
              <div>
                <Title order={3} size="h5">
                  {site.name}
                </Title>
                {site.address ? (
                  <Text size="sm" c="dimmed">
                    {site.address}
                  </Text>
                ) : null}
              </div>
              {canManage ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => setAddingPostAt((v) => (v === site.id ? null : site.id))}
                >
                  {t('armoury.clients.addPost')}
                </Button>
              ) : null}
            </Group>
            {addingPostAt === site.id ? (
              <AddPostForm siteId={site.id} onDone={() => setAddingPostAt(null)} />
            ) : null}
            <Stack gap={4} mt="xs">
              {site.posts.map((post) => (
                <Group key={post.id} gap="xs">
                  <Text size="sm" fw={500}>
                    {post.name}
                  </Text>
                  {post.authorisedWeaponTypes.length === 0 ? (
                    <Badge color="gray" variant="light">
                      {t('armoury.clients.unarmed')}
                    </Badge>
                  ) : (
                    post.authorisedWeaponTypes.map((type) => (
                      <Badge key={type} variant="light">
                        {weaponTypeLabel(t, type)}
                      </Badge>
                    ))
                  )}
                  {post.maxRoundsPerWeapon !== null ? (
                    <Text size="xs" c="dimmed">
                      {t('armoury.clients.maxRounds', { count: post.maxRoundsPerWeapon })}
                    </Text>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}

function AddPostForm({ siteId, onDone }: { siteId: string; onDone(): void }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [maxRounds, setMaxRounds] = useState<number | string>('');
  const create = useMutation({
    mutationFn: () =>
      armouryApi.createPost(organisationId, {
        siteId,
        name: name.trim(),
        authorisedWeaponTypes: types,
        maxRoundsPerWeapon: typeof maxRounds === 'number' ? maxRounds : null,
      }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('armoury.personnel.saved') });
      void queryClient.invalidateQueries({ queryKey: armouryKeys.clients(organisationId) });
      onDone();
    },
  });
  return (
    <Stack
      component="form"
      gap="xs"
      mt="xs"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('armoury.clients.postName')}
          value={name}
          required
          maxLength={200}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <MultiSelect
          label={t('armoury.clients.postWeapons')}
          data={FIREARM_TYPES.map((value) => ({ value, label: weaponTypeLabel(t, value) }))}
          value={types}
          onChange={setTypes}
          w={260}
        />
        <NumberInput
          label={t('armoury.clients.postMaxRounds')}
          value={maxRounds}
          onChange={setMaxRounds}
          min={0}
          max={1000}
          allowDecimal={false}
          w={200}
        />
        <Button type="submit" loading={create.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

interface Field {
  readonly key: string;
  readonly label: string;
  readonly required?: boolean;
}

/** A one-line form of text fields that writes once and refreshes the clients. */
function InlineForm(props: {
  readonly title: string;
  readonly fields: readonly Field[];
  write(organisationId: string, values: Record<string, string>): Promise<unknown>;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () =>
      props.write(organisationId, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]))),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('armoury.personnel.saved') });
      void queryClient.invalidateQueries({ queryKey: armouryKeys.clients(organisationId) });
      props.onDone();
    },
  });
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      mb="sm"
      component="form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        create.mutate();
      }}
      aria-label={props.title}
    >
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <Group align="flex-end" gap="sm">
        {props.fields.map((field) => (
          <TextInput
            key={field.key}
            label={field.label}
            required={field.required}
            value={values[field.key] ?? ''}
            maxLength={400}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setValues((current) => ({ ...current, [field.key]: next }));
            }}
          />
        ))}
        <Button type="submit" loading={create.isPending}>
          {t('common.save')}
        </Button>
        <Button variant="default" onClick={props.onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Paper>
  );
}
