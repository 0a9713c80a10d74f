import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The state of a store's signs (and what else needs attention) as badges. */
export function HazardStatusBadges(props: {
  readonly holdsAmmunition: boolean;
  readonly signsOutOfDate: boolean;
  readonly compatible: boolean;
  readonly isWithinLimit: boolean | null;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {props.signsOutOfDate ? (
        <Badge tt="none" maw="none" color="red" variant="filled" data-testid="signs-out-of-date">
          {t('hazard.status.outOfDate')}
        </Badge>
      ) : props.holdsAmmunition ? (
        <Badge tt="none" maw="none" color="teal" variant="light">
          {t('hazard.status.upToDate')}
        </Badge>
      ) : (
        <Badge tt="none" maw="none" color="gray" variant="light">
          {t('hazard.status.empty')}
        </Badge>
      )}
      {!props.compatible ? (
        <Badge tt="none" maw="none" color="orange" variant="filled">
          {t('hazard.status.incompatible')}
        </Badge>
      ) : null}
      {props.isWithinLimit === false ? (
        <Badge tt="none" maw="none" color="orange" variant="filled">
          {t('hazard.status.overLimit')}
        </Badge>
      ) : null}
    </Group>
  );
}
