import { errorMessage } from '../../components/error-message';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  DISCREPANCY_INCIDENT_KINDS,
  DISCREPANCY_SOURCES,
  INCIDENT_KINDS,
} from '../../../core/incidents/incident-terms';
import { PageHeader } from '../../components/page-header';
import { useCurrentUser } from '../auth/session-provider';
import {
  AmmunitionRows,
  PersonRows,
  WeaponsPicker,
  type LotDraft,
  type PersonDraft,
  type WeaponDraft,
} from './incident-form-parts';
import { localToIso, showDone } from './incident-labels';
import { incidentsApi, type DiscrepancySourceCode, type NewIncident } from './incidents-api';
import { useFacilities, useIncidentWrite } from './incidents-queries';
import { useFieldErrors } from './use-field-errors';

const EMPTY = {
  kind: '',
  occurredAt: '',
  discoveredAt: '',
  place: '',
  facilityId: '',
  circumstances: '',
  injuries: '',
  damage: '',
  measuresTaken: '',
  policeReportNumber: '',
  notificationsMade: '',
  alreadyNotified: false,
  regulatorNotifiedAt: '',
};
type Draft = typeof EMPTY;
type TextField = Exclude<keyof Draft, 'alreadyNotified'>;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** An instant typed by the person, or the raw text when it is not one (the API then names the field). */
const instant = (value: string) => localToIso(value) ?? value;

/** Which discrepancy this report turns into an incident, from the link of the discrepancies page. */
function useDiscrepancyOrigin() {
  const [params] = useSearchParams();
  const source = DISCREPANCY_SOURCES.find((s) => s === params.get('source'));
  const id = params.get('discrepancyId');
  const kind = DISCREPANCY_INCIDENT_KINDS.find((k) => k === params.get('kind'));
  return source && id ? { source: source as DiscrepancySourceCode, id, kind: kind ?? '' } : null;
}

/** The company's report of an incident with the content of ICoC para 63; sending it notifies the regulator. */
export function IncidentFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisationId = useCurrentUser().organisation.id;
  const origin = useDiscrepancyOrigin();
  const facilities = useFacilities(organisationId);
  const [draft, setDraft] = useState<Draft>(() => ({ ...EMPTY, kind: origin?.kind ?? '' }));
  const [weapons, setWeapons] = useState<WeaponDraft[]>([]);
  const [lots, setLots] = useState<LotDraft[]>([]);
  const [persons, setPersons] = useState<PersonDraft[]>([]);
  const create = useIncidentWrite((body: NewIncident) =>
    origin
      ? incidentsApi.discrepancyToIncident(organisationId, origin.source, origin.id, {
          ...body,
          kind: body.kind as (typeof DISCREPANCY_INCIDENT_KINDS)[number],
          discoveredAt: body.discoveredAt || null,
        })
      : incidentsApi.create(organisationId, body),
  );
  const fields = useFieldErrors(create.error);
  const { errors } = fields;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    fields.edited(key);
  };
  const text = (key: TextField) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    error: errors[key],
  });
  const kinds = origin ? DISCREPANCY_INCIDENT_KINDS : INCIDENT_KINDS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    fields.reset();
    create.mutate(
      {
        kind: draft.kind as NewIncident['kind'],
        occurredAt: draft.occurredAt ? instant(draft.occurredAt) : null,
        discoveredAt: instant(draft.discoveredAt),
        place: draft.place,
        facilityId: draft.facilityId || null,
        circumstances: draft.circumstances,
        injuries: orNull(draft.injuries),
        damage: orNull(draft.damage),
        measuresTaken: orNull(draft.measuresTaken),
        policeReportNumber: orNull(draft.policeReportNumber),
        notificationsMade: orNull(draft.notificationsMade),
        regulatorNotifiedAt: draft.alreadyNotified ? instant(draft.regulatorNotifiedAt) : null,
        firearms: weapons.map((w) => ({
          firearmId: w.firearmId,
          role: (w.role || null) as NonNullable<NewIncident['firearms']>[number]['role'],
        })),
        ammunition: lots.map((lot) => ({
          lotId: lot.lotId,
          rounds: typeof lot.rounds === 'number' ? lot.rounds : 0,
        })),
        persons: persons.map((p) => ({
          name: p.name,
          role: p.role as NonNullable<NewIncident['persons']>[number]['role'],
          personnelId: p.personnelId || null,
          isInjured: p.isInjured,
          injuryDescription: p.isInjured ? orNull(p.injuryDescription) : null,
        })),
      },
      {
        onSuccess: (written) => {
          showDone(t, t('incidents.form.submitted', { reference: written.incident.reference }));
          void navigate(`/incidents/${written.incident.organisationId}/${written.incident.id}`);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={origin ? t('incidents.discrepancies.incidentTitle') : t('incidents.form.title')}
        description={t('incidents.form.description')}
      />
      {origin ? (
        <Alert color="blue" variant="light" mb="md">
          {t('incidents.discrepancies.incidentHelp')}
        </Alert>
      ) : null}
      {create.error ? (
        <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert" mb="md">
          {errorMessage(t, create.error)}
        </Alert>
      ) : null}
      <form onSubmit={submit} aria-label={t('incidents.form.title')} noValidate>
        <Stack gap="lg" maw={960}>
          <Fieldset legend={t('incidents.form.sections.what')}>
            <Stack gap="sm">
              <Select
                label={t('incidents.form.kind')}
                withAsterisk
                aria-required
                data={kinds.map((kind) => ({ value: kind, label: t(`incidents.kinds.${kind}`) }))}
                value={draft.kind || null}
                onChange={(value) => set('kind', value ?? '')}
                error={errors.kind}
                maw={420}
              />
              <Textarea
                label={t('incidents.form.circumstances')}
                description={t('incidents.form.circumstancesHelp')}
                withAsterisk
                aria-required
                autosize
                minRows={3}
                {...text('circumstances')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('incidents.form.sections.when')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="datetime-local"
                label={t('incidents.form.occurredAt')}
                description={t('incidents.form.occurredAtHelp')}
                {...text('occurredAt')}
              />
              <TextInput
                type="datetime-local"
                label={t('incidents.form.discoveredAt')}
                description={t('incidents.form.discoveredAtHelp')}
                withAsterisk={!origin}
                aria-required={!origin}
                {...text('discoveredAt')}
              />
              <TextInput
                label={t('incidents.form.place')}
                description={t('incidents.form.placeHelp')}
                withAsterisk
                aria-required
                {...text('place')}
              />
              <Select
                label={t('incidents.form.facility')}
                placeholder={t('incidents.form.facilityNone')}
                data={(facilities.data ?? []).map((f) => ({ value: f.id, label: `${f.code} · ${f.name}` }))}
                value={draft.facilityId || null}
                onChange={(value) => set('facilityId', value ?? '')}
                clearable
                error={errors.facilityId}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('incidents.form.sections.weapons')}>
            <WeaponsPicker weapons={weapons} onChange={setWeapons} errors={errors} />
          </Fieldset>
          <Fieldset legend={t('incidents.form.sections.ammunition')}>
            <AmmunitionRows lots={lots} onChange={setLots} errors={errors} />
          </Fieldset>
          <Fieldset legend={t('incidents.form.sections.persons')}>
            <PersonRows persons={persons} onChange={setPersons} errors={errors} />
          </Fieldset>
          <Fieldset legend={t('incidents.form.sections.consequences')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea label={t('incidents.form.injuries')} autosize minRows={2} {...text('injuries')} />
              <Textarea label={t('incidents.form.damage')} autosize minRows={2} {...text('damage')} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('incidents.form.sections.response')}>
            <Stack gap="sm">
              <Textarea
                label={t('incidents.form.measuresTaken')}
                autosize
                minRows={2}
                {...text('measuresTaken')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('incidents.form.policeReportNumber')}
                  description={t('incidents.form.policeReportHelp')}
                  {...text('policeReportNumber')}
                />
              </SimpleGrid>
              <Textarea
                label={t('incidents.form.notificationsMade')}
                description={t('incidents.form.notificationsMadeHelp')}
                autosize
                minRows={2}
                {...text('notificationsMade')}
              />
              <Checkbox
                label={t('incidents.form.alreadyNotified')}
                checked={draft.alreadyNotified}
                onChange={(event) => set('alreadyNotified', event.currentTarget.checked)}
              />
              {draft.alreadyNotified ? (
                <TextInput
                  type="datetime-local"
                  label={t('incidents.form.regulatorNotifiedAt')}
                  maw={320}
                  {...text('regulatorNotifiedAt')}
                />
              ) : null}
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="submit-incident">
              {t('incidents.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
