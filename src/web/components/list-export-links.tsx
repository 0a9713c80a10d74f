import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Download links (the browser sends the session cookie) to a list as CSV or XLSX, through the
 * export endpoint, and a button that prints the page (the print stylesheet hides the frame).
 */
export function ListExportLinks({
  list,
  query,
}: {
  list: string;
  query: Record<string, string | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const url = (format: 'csv' | 'xlsx') => {
    const params = new URLSearchParams({ format, lang: i18n.language === 'en' ? 'en' : 'es' });
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    return `/api/v1/exports/${list}?${params.toString()}`;
  };
  return (
    <Group gap="xs" role="group" aria-label={t('common.exportLabel')} className="no-print">
      <Button component="a" href={url('csv')} variant="default" size="xs" download>
        {t('common.exportCsv')}
      </Button>
      <Button component="a" href={url('xlsx')} variant="default" size="xs" download>
        {t('common.exportXlsx')}
      </Button>
      <Button variant="default" size="xs" onClick={() => window.print()}>
        {t('common.print')}
      </Button>
    </Group>
  );
}
