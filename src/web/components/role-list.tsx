import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/access/roles';

/** A person's or a token's roles, translated, one per line so long names never get cut. */
export function RoleList({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <div>
      {roles.map((role) => (
        <Text key={role} size="sm">
          {t(`roles.${role}`)}
        </Text>
      ))}
    </div>
  );
}
