import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

// Colours chosen for contrast on white (WCAG AA for text); focus rings always visible on keyboard use.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: SYSTEM_FONTS,
  headings: { fontFamily: SYSTEM_FONTS },
});

/**
 * Text on "light" surfaces (badges, alerts, the active navigation item, subtle buttons) uses
 * shade 9, which falls under 4.5:1 on the hover shade (2); these darker values keep WCAG AA
 * contrast in every state. Each was computed against shade 2 of its colour.
 */
const LIGHT_TEXT = {
  blue: '#155896',
  teal: '#076d4e',
  red: '#a92323',
  yellow: '#9c5100',
  orange: '#a9380c',
} as const;

/** Mantine's "dimmed" grey (gray.6) and error red (red.6) read at about 3.3:1 on white; darker shades pass. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.entries(LIGHT_TEXT).map(([colour, value]) => [`--mantine-color-${colour}-light-color`, value]),
    ),
  },
  dark: {},
});
