/**
 * Strings of the chart component (src/islands/charts/Chart.tsx); part of `t.profile`. A module
 * of its own so that /jamfor/, which draws charts but shows no profile, does not download the
 * profile's and report's strings with them.
 */
export const chart = {
  factor: 'Faktor',
  legend: 'Förklaring',
  dashedLine: 'streckad linje',
  outlinedBar: 'ljus stapel med kant',
  tableCaption: (title: string) => `${title} – samma uppgifter som tabell`,
  failed: 'Diagrammet kunde inte ritas. Tabellen visar samma uppgifter.',
} as const;
