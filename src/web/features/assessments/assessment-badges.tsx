import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOURS = { planned: 'gray', 'in-progress': 'blue', submitted: 'teal' } as const;
const LEVEL_COLOURS = ['red', 'yellow', 'teal', 'green'] as const;
export const SEVERITY_COLOURS = { critical: 'red', major: 'orange', minor: 'yellow' } as const;

export function StatusBadge({ status }: { readonly status: keyof typeof STATUS_COLOURS }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" miw="max-content">
      {t(`assessments.status.${status}`)}
    </Badge>
  );
}

export function LevelBadge({ level, size = 'md' }: { readonly level: number; readonly size?: 'md' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Badge color={LEVEL_COLOURS[level] ?? 'gray'} size={size} variant="filled" miw="max-content">
      {level === 0 ? t('assessments.levelZero') : t('assessments.level', { level })}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { readonly severity: keyof typeof SEVERITY_COLOURS }) {
  const { t } = useTranslation();
  return (
    <Badge color={SEVERITY_COLOURS[severity]} variant="light" miw="max-content">
      {t(`assessments.result.severity.${severity}`)}
    </Badge>
  );
}
