import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_FIREARM_ROLES, INCIDENT_PERSON_ROLES } from '../../../core/incidents/incident-terms';
import { useCurrentUser } from '../auth/session-provider';
import { firearmStatusLabel, weaponTypeLabel } from '../armoury/armoury-labels';
import { useFirearmSearch, useLots, usePersonnel } from './incidents-queries';

export interface WeaponDraft {
  readonly firearmId: string;
  readonly serial: string;
  readonly description: string;
  readonly role: string;
}
export interface LotDraft {
  readonly key: string;
  readonly lotId: string;
  readonly rounds: number | string;
}
export interface PersonDraft {
  readonly key: string;
  readonly name: string;
  readonly role: string;
  readonly personnelId: string;
  readonly isInjured: boolean;
  readonly injuryDescription: string;
}

type Errors = Record<string, string>;

/** Weapons of the company's registry, found by any part of the serial, each with its role. */
export function WeaponsPicker(props: {
  weapons: readonly WeaponDraft[];
  onChange(weapons: WeaponDraft[]): void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const organisationId = useCurrentUser().organisation.id;
  const [search, setSearch] = useState('');
  const [serial] = useDebouncedValue(search.trim(), 250);
  const found = useFirearmSearch(organisationId, serial);
  const chosen = new Set(props.weapons.map((w) => w.firearmId));
  const candidates = (found.data ?? []).filter((f) => !chosen.has(f.id));
  const add = (firearm: (typeof candidates)[number]) => {
    props.onChange([
      ...props.weapons,
      {
        firearmId: firearm.id,
        serial: firearm.serial,
        description: [weaponTypeLabel(t, firearm.type), firearm.manufacturer, firearm.model, firearm.calibre]
          .filter(Boolean)
          .join(' · '),
        role: '',
      },
    ]);
    setSearch('');
  };
  const roleData = [
    { value: '', label: t('incidents.form.weaponRoleDefault') },
    ...INCIDENT_FIREARM_ROLES.map((role) => ({ value: role, label: t(`incidents.firearmRoles.${role}`) })),
  ];
  return (
    <Stack gap="sm">
      <TextInput
        label={t('incidents.form.weaponSearch')}
        description={t('incidents.form.weaponSearchHelp')}
        value={search}
        type="search"
        onChange={(event) => setSearch(event.currentTarget.value)}
        // Enter (or a scanner's trailing Enter) searches here: it never submits the whole report. With
        // exactly one weapon found, it adds that weapon.
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const only = candidates.length === 1 && serial === search.trim() ? candidates[0] : undefined;
          if (only) add(only);
        }}
        error={props.errors.firearms}
        data-testid="weapon-search"
        maw={420}
      />
      {serial.length >= 2 && found.data ? (
        candidates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('incidents.form.weaponNoMatch')}
          </Text>
        ) : (
          <Group gap="xs" data-testid="weapon-candidates">
            {candidates.map((firearm) => (
              <Button
                key={firearm.id}
                variant="default"
                size="compact-md"
                aria-label={t('incidents.form.addWeapon', { serial: firearm.serial })}
                onClick={() => add(firearm)}
              >
                <Text span ff="monospace" fw={600} mr={6}>
                  {firearm.serial}
                </Text>
                <Text span size="sm">
                  {firearm.manufacturer} {firearm.model} · {firearmStatusLabel(t, firearm.status)}
                </Text>
              </Button>
            ))}
          </Group>
        )
      ) : null}
      {props.weapons.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.form.noWeapons')}
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table aria-label={t('incidents.form.weaponsTableLabel')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('incidents.detail.serial')}</Table.Th>
                <Table.Th>{t('incidents.detail.weapon')}</Table.Th>
                <Table.Th>{t('incidents.detail.role')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.weapons.map((weapon, index) => (
                <Table.Tr key={weapon.firearmId} data-testid={`incident-weapon-${weapon.serial}`}>
                  <Table.Td ff="monospace">{weapon.serial}</Table.Td>
                  <Table.Td>{weapon.description}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('incidents.form.weaponRole', { serial: weapon.serial })}
                      data={roleData}
                      value={weapon.role}
                      allowDeselect={false}
                      error={props.errors[`firearms.${index}.role`]}
                      onChange={(role) =>
                        props.onChange(
                          props.weapons.map((w, i) => (i === index ? { ...w, role: role ?? '' } : w)),
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={t('incidents.form.removeWeapon', { serial: weapon.serial })}
                      onClick={() => props.onChange(props.weapons.filter((_, i) => i !== index))}
                    >
                      ✕
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

/** Lots of the company's registry and the rounds of each involved. */
export function AmmunitionRows(props: {
  lots: readonly LotDraft[];
  onChange(lots: LotDraft[]): void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const organisationId = useCurrentUser().organisation.id;
  const lots = useLots(organisationId);
  const data = (lots.data ?? []).map((lot) => ({
    value: lot.id,
    label: `${lot.lotNumber} · ${lot.calibre} · ${lot.manufacturer}`,
  }));
  const update = (index: number, change: Partial<LotDraft>) =>
    props.onChange(props.lots.map((lot, i) => (i === index ? { ...lot, ...change } : lot)));
  return (
    <Stack gap="sm">
      {props.lots.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.form.noLots')}
        </Text>
      ) : null}
      {props.lots.map((lot, index) => (
        <Group key={lot.key} align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('incidents.form.lot')}
            placeholder={t('incidents.form.lotPlaceholder')}
            data={data}
            value={lot.lotId || null}
            onChange={(lotId) => update(index, { lotId: lotId ?? '' })}
            searchable
            error={props.errors[`ammunition.${index}.lotId`]}
            w={{ base: '100%', sm: 360 }}
          />
          <NumberInput
            label={t('incidents.form.rounds')}
            value={lot.rounds}
            onChange={(rounds) => update(index, { rounds })}
            min={1}
            allowDecimal={false}
            error={props.errors[`ammunition.${index}.rounds`]}
            w={{ base: '100%', sm: 140 }}
          />
          <Button
            variant="subtle"
            color="red"
            mt={{ base: 0, sm: 25 }}
            aria-label={t('incidents.form.removeLot', { lot: index + 1 })}
            onClick={() => props.onChange(props.lots.filter((_, i) => i !== index))}
          >
            ✕
          </Button>
        </Group>
      ))}
      {props.errors.ammunition ? (
        <Text size="sm" c="red.8" role="alert">
          {props.errors.ammunition}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          onClick={() => props.onChange([...props.lots, { key: crypto.randomUUID(), lotId: '', rounds: '' }])}
        >
          {t('incidents.form.addLot')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The people involved: name, role, whether they belong to the personnel, and any injury. */
export function PersonRows(props: {
  persons: readonly PersonDraft[];
  onChange(persons: PersonDraft[]): void;
  errors: Errors;
}) {
  const { t } = useTranslation();
  const organisationId = useCurrentUser().organisation.id;
  const personnel = usePersonnel(organisationId);
  const personnelData = (personnel.data ?? []).map((p) => ({ value: p.id, label: p.fullName }));
  const roles = INCIDENT_PERSON_ROLES.map((role) => ({
    value: role,
    label: t(`incidents.personRoles.${role}`),
  }));
  const update = (index: number, change: Partial<PersonDraft>) =>
    props.onChange(props.persons.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <Stack gap="sm">
      {props.persons.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.form.noPersons')}
        </Text>
      ) : null}
      {props.persons.map((person, index) => {
        const at = (field: string) => props.errors[`persons.${index}.${field}`];
        return (
          <Paper
            key={person.key}
            withBorder
            p="sm"
            radius="md"
            component="fieldset"
            aria-label={t('incidents.form.person', { index: index + 1 })}
          >
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {t('incidents.form.person', { index: index + 1 })}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('incidents.form.removePerson', { index: index + 1 })}
                onClick={() => props.onChange(props.persons.filter((_, i) => i !== index))}
              >
                ✕
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('incidents.form.personnel')}
                placeholder={t('incidents.form.personnelNone')}
                data={personnelData}
                value={person.personnelId || null}
                searchable
                clearable
                onChange={(personnelId) => {
                  const picked = personnel.data?.find((p) => p.id === personnelId);
                  update(index, {
                    personnelId: personnelId ?? '',
                    ...(picked ? { name: picked.fullName, role: person.role || 'guard' } : {}),
                  });
                }}
              />
              <TextInput
                label={t('incidents.form.personName')}
                withAsterisk
                aria-required
                value={person.name}
                onChange={(event) => update(index, { name: event.currentTarget.value })}
                error={at('name')}
              />
              <Select
                label={t('incidents.form.personRole')}
                withAsterisk
                aria-required
                data={roles}
                value={person.role || null}
                onChange={(role) => update(index, { role: role ?? '' })}
                error={at('role')}
              />
            </SimpleGrid>
            <Checkbox
              mt="sm"
              label={t('incidents.form.isInjured')}
              checked={person.isInjured}
              onChange={(event) => update(index, { isInjured: event.currentTarget.checked })}
            />
            {person.isInjured ? (
              <Textarea
                mt="sm"
                label={t('incidents.form.injuryDescription')}
                withAsterisk
                aria-required
                autosize
                minRows={2}
                value={person.injuryDescription}
                onChange={(event) => update(index, { injuryDescription: event.currentTarget.value })}
                error={at('injuryDescription')}
              />
            ) : null}
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            props.onChange([
              ...props.persons,
              {
                key: crypto.randomUUID(),
                name: '',
                role: '',
                personnelId: '',
                isInjured: false,
                injuryDescription: '',
              },
            ])
          }
        >
          {t('incidents.form.addPerson')}
        </Button>
      </Group>
    </Stack>
  );
}
