import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Firearm } from '../../../contracts/registry';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { TransferInModal } from './forms/transfer-forms';
import { registryApi } from './registry-api';

/**
 * Weapons another company sent to the person's company, waiting for its confirmation. They are
 * the firearms in transit whose pending recipient is this company; nothing shows when none are.
 */
export function IncomingTransfers() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const ownId = user.organisation.id;
  const canReceive = mayWrite(user, ownId, 'transfer');
  const incoming = useQuery({
    queryKey: ['registry', 'incoming', ownId],
    queryFn: async () => (await registryApi.firearms({ incoming: 'true', limit: '500' })).items,
    enabled: canReceive,
  });
  const [receiving, setReceiving] = useState<Firearm | null>(null);
  const items = incoming.data ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" mb="lg" bg="yellow.0">
      <Title order={2} size="h4">
        {t('registry.incoming.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('registry.incoming.description')}
      </Text>
      <Stack gap="xs">
        {items.map((f) => (
          <Group key={f.id} justify="space-between">
            <Text size="sm">
              <Text span ff="monospace" fw={600}>
                {f.serial}
              </Text>{' '}
              — {f.manufacturer} {f.model} ({f.calibre})
            </Text>
            <Button size="xs" onClick={() => setReceiving(f)}>
              {t('registry.incoming.receive')}
            </Button>
          </Group>
        ))}
      </Stack>
      {receiving ? (
        <TransferInModal
          firearm={receiving}
          organisationId={ownId}
          opened
          onClose={() => setReceiving(null)}
        />
      ) : null}
    </Paper>
  );
}
