import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyableSecretProps {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

/** A value shown once (a one-time link, a token secret) in a box the person can select or copy. */
export function CopyableSecret({ label, value, note }: CopyableSecretProps) {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          value={value}
          readOnly
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={note ? noteId : undefined}
          data-testid="copyable-secret"
        />
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'blue'} onClick={copy}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      {note ? (
        <Text id={noteId} size="sm" c="dimmed">
          {note}
        </Text>
      ) : null}
    </Stack>
  );
}
