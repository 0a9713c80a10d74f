import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The document title follows the page heading and the interface language. */
export function usePageTitle(title: string | null): void {
  const { t } = useTranslation();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
