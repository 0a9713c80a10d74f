import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/access/roles';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color="gray" tt="none" fw={500}>
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
