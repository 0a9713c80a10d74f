import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadingBlock() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader size="md" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
