/** Step 2 of /jamfor/: the heatmap table with its CSV download, print and remove-all buttons. */
import type { countyMatrix, CountyRow, SortDir, SortKey } from '../../lib/county-comparison';
import { tableCells } from '../../lib/county-comparison';
import { toCsv } from '../../lib/csv';
import { FACTOR_IDS, type FactorId } from '../../lib/factors';
import { t } from '../../i18n/sv';
import { highest, lowest } from '../../i18n/sv/file-loading';
import type { ModelProps } from '../kit/model-types';
import { HeatTable } from './HeatTable';
import { download } from '../kit/FileDownload';

const s = t.countyComparison;

interface Props {
  model: ModelProps;
  rows: CountyRow[];
  labels: Map<string, string>;
  stats: ReturnType<typeof countyMatrix>['factors'];
  /** How many individuals' rows are left out of the län's figures. */
  excluded: number;
  factorLabel: (f: FactorId) => string;
  sortKey: SortKey;
  sortDir: SortDir;
  chosen: string[];
  included: string[];
  chartFull: boolean;
  onSort: (k: SortKey) => void;
  onChoose: (id: string, on: boolean) => boolean;
  onInclude: (id: string, on: boolean) => void;
  onRemove: (id: string) => void;
  onRemoveAll: () => void;
}

export function TableSection(p: Props) {
  function downloadCsv() {
    const factorLabels = Object.fromEntries(FACTOR_IDS.map((f) => [f, p.factorLabel(f)])) as Record<FactorId, string>;
    const words = {
      name: s.csvName,
      title: s.csvTitle,
      date: s.csvDate,
      kind: s.csvKind,
      group: s.csvGroup,
      individualCounted: s.csvIndividualCounted,
      individualLeftOut: s.csvIndividualLeftOut,
      unknown: s.unknown,
      median: s.median,
      min: lowest,
      max: highest,
    };
    download({
      text: toCsv(tableCells(p.rows, p.stats, factorLabels, words, p.included)),
      type: 'text/csv;charset=utf-8',
      name: s.csvFile,
    });
  }
  return (
    <>
      <p>{s.heatNote}</p>
      <ul class="cmp-scale" aria-hidden="true">
        {p.model.levelNames.map((n, i) => (
          <li class={`cmp-l${i}`} key={i}>
            {i} {n}
          </li>
        ))}
      </ul>
      <div class="button-row no-print">
        <button type="button" class="button button--primary" onClick={downloadCsv}>
          {s.csv}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          {s.print}
        </button>
        <button type="button" class="button button--danger" onClick={p.onRemoveAll}>
          {s.removeAll}
        </button>
      </div>
      <p class="hint no-print">{s.csvHint}</p>
      {p.excluded > 0 && <p class="notice">{s.excluded(p.excluded)}</p>}
      {p.chartFull && (
        <p class="notice notice--warn no-print" role="alert">
          {s.chartMax}
        </p>
      )}
      <HeatTable
        rows={p.rows}
        labels={p.labels}
        factors={p.model.factors}
        stats={p.stats}
        sortKey={p.sortKey}
        sortDir={p.sortDir}
        chosen={p.chosen}
        included={p.included}
        onSort={p.onSort}
        onChoose={p.onChoose}
        onInclude={p.onInclude}
        onRemove={p.onRemove}
      />
    </>
  );
}
