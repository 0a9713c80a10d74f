import { Badge, Button, Divider, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../contracts/incidents';
import { isNavAllowed } from '../../components/nav-items';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { incidentsApi } from './incidents-api';
import { useIncidentWrite, useNotifications } from './incidents-queries';

/** The header's notifications (a new incident for the regulator, a request for the company), for those who work with incidents. */
export function NotificationsMenu() {
  const user = useCurrentUser();
  return isNavAllowed(user.roles, 'incidents') ? <NotificationsPopover /> : null;
}

function NotificationsPopover() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const [isOpen, popover] = useDisclosure(false);
  const list = useNotifications();
  const markRead = useIncidentWrite((id: string) => incidentsApi.markRead(id));
  const markAll = useIncidentWrite(() => incidentsApi.markAllRead());
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  const open = (notification: Notification) => {
    popover.close();
    if (!notification.readAt) markRead.mutate(notification.id);
    void navigate(`/incidents/${notification.organisationId}/${notification.incidentId}`);
  };
  return (
    <Popover opened={isOpen} onChange={popover.set} position="bottom-end" width={340} shadow="md" trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          size="compact-md"
          onClick={popover.toggle}
          aria-expanded={isOpen}
          data-testid="notifications-button"
          rightSection={
            unread > 0 ? (
              <Badge
                color="red.8"
                variant="filled"
                size="sm"
                circle
                data-testid="notifications-unread"
                data-count={unread}
              >
                {unread}
                <VisuallyHidden> {t('incidents.notifications.unreadSuffix')}</VisuallyHidden>
              </Badge>
            ) : null
          }
        >
          {t('incidents.notifications.label')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('incidents.notifications.title')} role="dialog">
        <Text fw={700} mb="xs">
          {t('incidents.notifications.title')}
        </Text>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('incidents.notifications.empty')}
          </Text>
        ) : (
          <Stack
            gap={4}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none', overflowY: 'auto' }}
            mah={360}
          >
            {items.map((n) => (
              <li key={n.id}>
                <UnstyledButton
                  onClick={() => open(n)}
                  p={6}
                  w="100%"
                  style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                  bg={n.readAt ? undefined : 'blue.0'}
                  data-testid={`notification-${n.incidentReference}`}
                >
                  <Text size="sm" fw={n.readAt ? 400 : 600}>
                    {t(`incidents.notifications.kinds.${n.kind}`, {
                      reference: n.incidentReference,
                      company: n.organisationName,
                    })}
                  </Text>
                  <Text size="xs" c="dark.6">
                    {format.dateTime(n.createdAt)}
                    {n.readAt ? '' : ` · ${t('incidents.notifications.unread')}`}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        )}
        {unread > 0 ? (
          <>
            <Divider my="xs" />
            <Button variant="subtle" size="compact-sm" onClick={() => markAll.mutate(undefined)}>
              {t('incidents.notifications.markAllRead')}
            </Button>
          </>
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
}
