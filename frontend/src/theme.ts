import { colorsTuple, createTheme, darken, Drawer, Modal, type CSSVariablesResolver } from '@mantine/core';

/** The theme, with close buttons labelled in the reader's language. */
export const makeTheme = (closeLabel: string) =>
  createTheme({
  primaryColor: 'blue',
  // Darker filled shades and automatic text colour keep badges and buttons at WCAG AA contrast.
  primaryShade: { light: 8, dark: 6 },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  // Readers who ask their system for less motion get no fades nor slides.
  respectReducedMotion: true,
  // Solid colours dark enough for white text: "amber" marks internal notes and high priority.
  colors: { amber: colorsTuple('#b33f00'), success: colorsTuple('#1e7b34') },
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
  },
});

// Mantine's default "dimmed" grey, error red and light-variant text colours are below 4.5:1 on
// their backgrounds; these keep every text at WCAG AA (checked by axe in the e2e tests).
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[6],
    '--mantine-color-error': t.colors.red[9],
    ...Object.fromEntries(
      Object.keys(t.colors).map((color) => [`--mantine-color-${color}-light-color`, darken(t.colors[color][9], 0.35)]),
    ),
  },
  dark: {},
});
