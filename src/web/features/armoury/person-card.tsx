import { Avatar, Badge, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { photoUrl, type PersonnelData } from './armoury-api';
import { formatDay, weaponTypeLabel } from './armoury-labels';

/** Who is at the counter: photo, name, document, licence and what they are qualified on. */
export function PersonCard({ person, showName = true }: { person: PersonnelData; showName?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const licence = person.licence;
  const initials = person.fullName
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0] ?? '')
    .join('');
  return (
    <Paper withBorder p="md" radius="md" data-testid="person-card">
      <Group align="flex-start" wrap="nowrap" gap="md">
        {person.photoId ? (
          <Image
            src={photoUrl(person.photoId)}
            alt={t('armoury.person.photoOf', { name: person.fullName })}
            w={96}
            h={120}
            radius="sm"
            fit="cover"
          />
        ) : (
          <Avatar size={96} radius="sm" color="blue" aria-hidden="true">
            {initials}
          </Avatar>
        )}
        <Stack gap={6} style={{ minWidth: 0 }}>
          {/* On the person's own page the name is already the page heading. */}
          {showName ? (
            <Title order={2} size="h3">
              {person.fullName}
            </Title>
          ) : null}
          <Text size="sm">
            {t('armoury.person.nationalId')}: <strong>{person.nationalId}</strong> ·{' '}
            {t(`armoury.person.role.${person.role}`)}
          </Text>
          <Group gap={6}>
            <Badge color={person.status === 'active' ? 'teal' : 'red'} variant="light">
              {t(`armoury.person.status.${person.status}`)}
            </Badge>
            {licence ? (
              <>
                <Badge color={licence.isValid ? 'teal' : 'red'} variant="light">
                  {t('armoury.person.licence')}{' '}
                  {licence.isValid
                    ? t('armoury.person.licenceValid', { date: formatDay(format, licence.expiresOn) })
                    : t('armoury.person.licenceLapsed', { date: formatDay(format, licence.expiresOn) })}
                </Badge>
                <Badge color={licence.isArmed ? 'blue' : 'orange'} variant="light">
                  {licence.isArmed ? t('armoury.person.armed') : t('armoury.person.unarmed')}
                </Badge>
              </>
            ) : (
              <Badge color="red" variant="light">
                {t('armoury.person.licenceNone')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t('armoury.person.qualified')}:{' '}
            {person.qualifiedWeaponTypes.length
              ? person.qualifiedWeaponTypes.map((type) => weaponTypeLabel(t, type)).join(', ')
              : t('armoury.person.qualifiedNone')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
