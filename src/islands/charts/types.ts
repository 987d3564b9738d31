/**
 * Props of the chart components (plain, serialisable data). Shared by /profil/, /rapport/ and
 * the workshop's radar overlay.
 *
 *   <RadarChart id="profil-radar" title="…" summary="…" labels={[…10 labels]}
 *     datasets={[{ name: 'Hösten 2026', values: [2, null, 3, …] },
 *                { name: 'Våren 2026', values: […], dash: 'dashed' }]} />
 *
 * - values: one per label; null = no value (not drawn; the table shows `texts[i]` or "–").
 * - dash: line style (radar) — every dataset also gets its own colour and point shape, so a
 *   comparison never relies on colour alone. In the bar chart, 'solid' is a filled bar and
 *   any other style a light bar with an outline.
 * - texts: optional text per label for the table (e.g. "2 Under utveckling", "Vet ej").
 */
export type DashStyle = 'solid' | 'dashed' | 'dotted' | 'dashdot' | 'longdash';

export interface ChartDataset {
  name: string;
  values: (number | null)[];
  dash?: DashStyle;
  /** Override the palette colour (must have ≥ 3:1 contrast against white). */
  color?: string;
  texts?: (string | null)[];
}

export interface ChartProps {
  /** Unique on the page; prefixes element ids. */
  id: string;
  labels: string[];
  datasets: ChartDataset[];
  /** Accessible name and visible caption. */
  title: string;
  /** One or two sentences that say what the chart shows (visible and read by screen readers). */
  summary: string;
  /** Value axis; defaults 0–4 in steps of 1 (the maturity levels). */
  min?: number;
  max?: number;
  step?: number;
  /** Render the data table beside the chart (default true). */
  table?: boolean;
  /** Header of the label column in the table (default "Faktor"). */
  labelHeader?: string;
  /** Heading level of the caption (default: plain caption text, no heading). */
  className?: string;
}
