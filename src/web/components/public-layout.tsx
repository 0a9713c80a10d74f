import { Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import classes from './public-layout.module.css';

/** The frame of the pages used before sign-in: sign-in steps and one-time links. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={classes.page}>
      <Box component="header" className={classes.header}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {t('common.appName')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" id="main-content" className={classes.main}>
        <Container size={520} px="md">
          <Text c="dimmed" size="sm" ta="center" mb="xs">
            {t('common.tagline')}
          </Text>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Title order={1} size="h2" mb="lg">
              {title}
            </Title>
            {children}
          </Paper>
        </Container>
      </Box>
    </div>
  );
}
