import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseSignCode } from '../../../core/hazard/signs/sign-code';
import { signSymbolSvg } from '../../../core/hazard/signs/sign-geometry';
import { signSvgUrl } from './hazard-api';
import { signLabel } from './sign-label';

/**
 * A required sign drawn inline from the same core geometry the PDF uses. The markup comes from our own
 * pure functions (no user text in it), so it is safe to insert.
 */
export function SignPreview({ facilityId, code }: { readonly facilityId: string; readonly code: string }) {
  const { t } = useTranslation();
  const sign = parseSignCode(code);
  if (!sign) return null;
  const label = signLabel(t, code);
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`sign-preview-${code}`}>
      <Stack gap={6} align="center">
        <div
          role="img"
          aria-label={label}
          style={{ width: 140, height: 140 }}
          dangerouslySetInnerHTML={{
            __html: signSymbolSvg(sign).replace('width="200" height="200"', 'width="140" height="140"'),
          }}
        />
        <Text size="sm" fw={500} ta="center">
          {label}
        </Text>
        <Anchor href={signSvgUrl(facilityId, code)} target="_blank" rel="noopener" size="xs">
          {t('hazard.signs.openSvg')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
