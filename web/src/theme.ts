import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// Colours are chosen for WCAG 2.1 AA contrast (4.5:1 for text): the darkest shades for filled
// buttons, and darker text on "light" backgrounds than Mantine's defaults.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  // No sliding or fading for people who asked their system for reduced motion (WCAG 2.3.3).
  respectReducedMotion: true,
  headings: {
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.25rem', lineHeight: '1.35' },
      h3: { fontSize: '1.05rem', lineHeight: '1.4' },
    },
  },
});

const lightColors = ['blue', 'red', 'green', 'gray', 'orange', 'teal'] as const;

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    '--mantine-color-green-filled': '#1f6f31',
    '--mantine-color-green-light-color': '#1f6f31',
    '--mantine-color-teal-light-color': '#0a5c44',
    '--mantine-color-orange-light-color': '#8a3c00',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-9)',
    ...Object.fromEntries(
      lightColors.map((color) => [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`]),
    ),
  },
  dark: {},
});
