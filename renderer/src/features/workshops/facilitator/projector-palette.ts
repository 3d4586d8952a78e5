import type { CSSProperties } from 'react';

export type ProjectorTheme = 'light' | 'dark';

/**
 * The projector's two palettes, defined once: facilitator mode sets them as `--f-*`
 * custom properties on its root (the stylesheets read only those), and the contrast test
 * checks every text pair at 7:1 or more in both.
 */
export const PROJECTOR_PALETTES = {
  light: {
    bg: '#ffffff',
    surface: '#eef0f3',
    card: '#fff6bf',
    'card-border': '#9c8a1c',
    text: '#0b0b0c',
    'text-2': '#33343a',
    border: '#6b6c75',
    accent: '#0b4f40',
    'accent-text': '#ffffff',
    alert: '#9e1409',
    'alert-text': '#ffffff',
    focus: '#1d4ed8',
    bar: '#0b4f40',
  },
  dark: {
    bg: '#000000',
    surface: '#17181c',
    card: '#1f2126',
    'card-border': '#f2d94e',
    text: '#ffffff',
    'text-2': '#d8d9de',
    border: '#a4a5ae',
    accent: '#5fdcbb',
    'accent-text': '#000000',
    alert: '#ff7a6e',
    'alert-text': '#000000',
    focus: '#8ab4ff',
    bar: '#5fdcbb',
  },
} as const satisfies Record<ProjectorTheme, Record<string, string>>;

export type PaletteColour = keyof (typeof PROJECTOR_PALETTES)['light'];

/** The palette as custom properties for the mode's root element. */
export function paletteStyle(theme: ProjectorTheme): CSSProperties {
  return Object.fromEntries(Object.entries(PROJECTOR_PALETTES[theme]).map(([name, value]) => [`--f-${name}`, value])) as CSSProperties;
}
