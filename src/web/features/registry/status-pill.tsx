import { Box, Group, Text } from '@mantine/core';

/**
 * A status as a coloured dot and dark text on a pale ground: the colour helps at a glance, the
 * text carries the meaning, and the contrast stays above WCAG's 4.5:1 (light badges did not).
 */
export function StatusPill({ label, color }: { label: string; color: string }) {
  return (
    <Group
      gap={6}
      wrap="nowrap"
      px={8}
      py={2}
      bg={`${color}.0`}
      style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'inline-flex' }}
    >
      <Box w={8} h={8} bg={`${color}.7`} style={{ borderRadius: '50%', flex: 'none' }} aria-hidden="true" />
      <Text size="xs" fw={600} c="dark.7" span>
        {label}
      </Text>
    </Group>
  );
}
