/** Mantine theme: calm navy primary, system fonts, small radii, dense defaults for tables and inputs. */
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const navy: MantineColorsTuple = [
  '#eef3fa',
  '#dce5f2',
  '#b6c8e4',
  '#8ea9d5',
  '#6b8ec8',
  '#557dc0',
  '#4873bd',
  '#3961a6',
  '#2f5594',
  '#1f4783',
];

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: { light: 7, dark: 5 },
  colors: { navy },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  fontFamilyMonospace: '"JetBrains Mono", "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'sm' } },
    Badge: { defaultProps: { radius: 'sm' } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: { defaultProps: { radius: 'md', overlayProps: { backgroundOpacity: 0.45, blur: 1 } } },
    Tooltip: { defaultProps: { openDelay: 300 } },
    Notification: { defaultProps: { radius: 'sm' } },
  },
});
