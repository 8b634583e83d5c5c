import type { Face } from '../fonts.js';

/** Paper sizes in PostScript points. */
export const PAPER = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
} as const;

/** A font size and the line pitch it is set on. */
export interface TextStyle {
  size: number;
  leading: number;
}

/** Every size, space and colour of the sheet. */
export interface Theme {
  face: { text: Face; strong: Face; body: Face };
  margin: number;
  bottomMargin: number;
  gutter: number;
  eyebrow: TextStyle;
  headline: TextStyle & { min: number; maxLines: number };
  subtitle: TextStyle;
  meta: TextStyle;
  table: TextStyle;
  facts: TextStyle;
  lead: TextStyle;
  heading: TextStyle;
  body: TextStyle;
  footer: TextStyle;
  header: TextStyle;
  space: { band: number; block: number; paragraph: number; heading: number; cell: number };
  color: {
    ink: string;
    muted: string;
    accent: string;
    band: string;
    bandText: string;
    bandMuted: string;
    rule: string;
    panel: string;
  };
}

const style = (size: number, ratio: number): TextStyle => ({ size, leading: Math.round(size * ratio * 10) / 10 });

/**
 * The sheet's look at a density: 0 is the roomiest; higher densities tighten type and spacing
 * so that a long article still fits on one page before it is allowed to flow onto a second.
 */
export function theme(density: number): Theme {
  const body = 9.4 - density * 0.3;
  const tight = 1 - density * 0.07;
  return {
    // Condensed DejaVu sets about 10 % more text per line at the same, readable size.
    face: { text: 'sans-condensed', strong: 'sans-condensed-bold', body: 'serif-condensed' },
    margin: 44,
    bottomMargin: 26,
    gutter: 20,
    eyebrow: style(7.5, 1.4),
    headline: { ...style(22, 1.18), min: 14, maxLines: 3 },
    subtitle: style(12, 1.3),
    meta: style(10, 1.4),
    table: style(body - 0.4, 1.34),
    facts: style(body - 0.2, 1.34),
    lead: style(body + 1.2, 1.4),
    heading: style(11 - density * 0.25, 1.3),
    body: style(body, 1.4 - density * 0.015),
    footer: style(6.8, 1.35),
    header: style(7.5, 1.4),
    space: {
      band: 16 * tight,
      block: 13 * tight,
      paragraph: 5 * tight,
      heading: 9 * tight,
      cell: 3.5 * tight,
    },
    color: {
      ink: '#1b1f24',
      muted: '#52606d',
      accent: '#1f3a5f',
      band: '#1f3a5f',
      bandText: '#ffffff',
      bandMuted: '#c4d4e6',
      rule: '#c9d3de',
      panel: '#eef3f8',
    },
  };
}

/** How many densities `theme` offers. */
export const DENSITIES = 4;
