import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  // Shade 8 keeps white button text above 4.5:1 contrast (shade 6 does not).
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
});

/**
 * WCAG AA contrast in the light scheme: "dimmed" text is gray 6 by default (about 3.3:1 on white),
 * and the text of light-variant alerts and badges is too pale on its tinted background for
 * yellow, orange, red, green and gray. Darker shades (or darker custom tones) pass 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6b7280',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-yellow-light-color': '#6b4a00',
    '--mantine-color-orange-light-color': '#8f3a00',
    '--mantine-color-red-light-color': '#b01d1d',
    '--mantine-color-green-light-color': '#1f6b33',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-violet-light-color': 'var(--mantine-color-violet-9)',
  },
  dark: {},
});
