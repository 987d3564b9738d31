/**
 * /jamfor/: a county coordinator loads several municipalities' group assessments (files or
 * assessments stored in this browser) and sees them factor by factor: a heatmap table with the
 * numbers written in, median and spread per factor, sorting by one factor at a time, a radar
 * overlay of up to five chosen municipalities, and a CSV download. No totals, no ranking.
 * Individuals' assessments are marked and left out of the län's figures unless included.
 * Loaded assessments are kept in sessionStorage (a reload keeps them; closing the tab forgets);
 * what cannot be read back is dropped with a notice.
 *
 * The session's transitions are src/lib/county-comparison-session.ts; this island wires them to
 * the three steps' views.
 */
import { afterYield } from '../kit/afterYield';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countyMatrix, rowLabels, sortRows, type SortKey } from '../../lib/county-comparison';
import {
  canChoose,
  comparisonReducer,
  restoreComparison,
  storedComparison,
  type ComparisonProblem,
  type ComparisonStatus,
  type SessionRead,
} from '../../lib/county-comparison-session';
import type { FactorId } from '../../lib/factors';
import type { Assessment } from '../../lib/schema';
import { entryKey, readSession, writeSession } from '../../lib/session-entries';
import { store } from '../../lib/storage';
import { SESSION_KEYS } from '../../lib/stored-format';
import { t } from '../../i18n/sv';
import { load as fileLoad } from '../../i18n/sv/file-loading';
import { LiveStatus } from '../kit/LiveStatus';
import type { ModelProps } from '../kit/model-types';
import { useFocusRequest } from '../kit/useFocusRequest';
import { useStore } from '../kit/useStore';
import { ChartSection } from './ChartSection';
import { LoadSection } from './LoadSection';
import { PrintHead } from './PrintHead';
import { RemovedNotice } from './RemovedNotice';
import { TableSection } from './TableSection';

const s = t.countyComparison;

/** A session key: missing, present but unreadable, or its value with the entries that passed. */
function read(key: string): SessionRead<ReturnType<typeof readSession>> {
  try {
    if (globalThis.sessionStorage?.getItem(key) == null) return null;
  } catch {
    return null;
  }
  return readSession(key) ?? 'unreadable';
}

function Compare(props: ModelProps) {
  const [restored] = useState(() =>
    restoreComparison(read(SESSION_KEYS.countyComparison), read(SESSION_KEYS.countyComparisonAssessments)),
  );
  const [state, dispatch, get] = useStore(comparisonReducer, () => restored.state);
  const [sessionDropped, setSessionDropped] = useState(restored.dropped);
  const { entries, sortKey, sortDir, chosen, included } = state;
  const [stored, setStored] = useState<Assessment[]>(() => store.list());
  const fileInput = useRef<HTMLInputElement>(null);
  const focus = useFocusRequest();

  useEffect(() => {
    writeSession(SESSION_KEYS.countyComparison, storedComparison(state));
  }, [sortKey, sortDir, chosen, included]);
  useEffect(() => {
    writeSession(SESSION_KEYS.countyComparisonAssessments, { entries });
  }, [entries]);
  // Assessments saved in another tab (or by this page's neighbours) appear in the list.
  useEffect(() => store.subscribe(() => setStored(store.list())), []);

  const add = (items: { file: string; a: Assessment }[], problems: ComparisonProblem[]) => {
    setSessionDropped(false);
    dispatch({ type: 'added', entries: items.map((it) => ({ key: entryKey(), ...it })), problems });
  };

  async function loadFiles(files: File[]) {
    if (!files.length) return;
    dispatch({ type: 'reading' });
    // The import path (validation, decoding) loads when files are first given.
    const { readFiles } = await import('../kit/read-files');
    const outcomes = await readFiles(files, (id) => props.factors.find((f) => f.id === id)?.title);
    const problems: ComparisonProblem[] = [];
    const items: { file: string; a: Assessment }[] = [];
    for (const o of outcomes) {
      if (o.ok) for (const a of o.assessments) items.push({ file: o.name, a });
      else problems.push({ name: o.name, reason: o.reason });
    }
    add(items, problems);
    if (fileInput.current) fileInput.current.value = '';
  }

  const matrix = useMemo(
    () =>
      countyMatrix(
        entries.map((e) => e.a),
        included,
      ),
    [entries, included],
  );
  const labels = useMemo(() => rowLabels(matrix.rows), [matrix]);
  const rows = useMemo(() => sortRows(matrix.rows, sortKey, sortDir), [matrix, sortKey, sortDir]);
  const factorLabel = (f: FactorId) => {
    const fm = props.factors.find((x) => x.id === f)!;
    return `${fm.number}. ${fm.shortLabel}`;
  };

  // Stable handlers, so that the 290-row table re-renders only when its data changes.
  const onSort = useCallback((key: SortKey) => dispatch({ type: 'sorted', key }), []);
  const onChoose = useCallback((id: string, on: boolean) => {
    const ok = canChoose(get().chosen, on);
    dispatch({ type: 'chosen', id, on });
    return ok;
  }, []);
  const onInclude = useCallback((id: string, on: boolean) => dispatch({ type: 'included', id, on }), []);
  const onRemove = useCallback((id: string) => dispatch({ type: 'removed', id }), []);

  const statusText = (st: ComparisonStatus | null): string => {
    if (!st) return '';
    if (st.code === 'reading') return fileLoad.reading;
    if (st.code === 'restored') return s.restored(st.count);
    if (st.code === 'sorted')
      return s.sorted(st.key === 'organisation' ? s.colName : factorLabel(st.key), st.dir === 'ascending' ? s.asc : s.desc);
    return [
      s.loaded(st.added),
      st.duplicates ? s.alreadyCount(st.duplicates) : '',
      st.problems ? `${fileLoad.problemsHeading(st.problems)}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
  const status = statusText(state.status);

  return (
    <div class="cmp" data-pagefind-ignore="all">
      <LiveStatus text={status} />
      <PrintHead entries={entries} />
      <LoadSection
        status={status}
        problems={state.problems}
        duplicates={state.duplicates}
        sessionDropped={sessionDropped}
        stored={stored.filter((a) => !entries.some((e) => e.a.id === a.id))}
        fileInput={fileInput}
        onFiles={(files) => void loadFiles(files)}
        onStored={(picked) =>
          add(
            picked.map((a) => ({ file: s.storedSource, a })),
            [],
          )
        }
      />
      <section aria-labelledby="cmp-table-h">
        <h2 id="cmp-table-h" class="cmp-step" tabIndex={-1}>
          {s.tableHeading}
        </h2>
        {state.removed && (
          <RemovedNotice
            count={state.removed.entries.length}
            onUndo={() => {
              dispatch({ type: 'undoRemoveAll' });
              focus('cmp-table-h');
            }}
          />
        )}
        {entries.length === 0 ? (
          <p>{s.empty}</p>
        ) : (
          <TableSection
            model={props}
            rows={rows}
            labels={labels}
            stats={matrix.factors}
            excluded={matrix.excluded.length}
            factorLabel={factorLabel}
            sortKey={sortKey}
            sortDir={sortDir}
            chosen={chosen}
            included={included}
            chartFull={state.chartFull}
            onSort={onSort}
            onChoose={onChoose}
            onInclude={onInclude}
            onRemove={onRemove}
            onRemoveAll={() => {
              dispatch({ type: 'removedAll' });
              setStored(store.list());
              focus('cmp-removed');
            }}
          />
        )}
      </section>
      {entries.length > 0 && (
        <ChartSection rows={matrix.rows.filter((r) => chosen.includes(r.id))} labels={labels} factors={props.factors} />
      )}
    </div>
  );
}

// Drawn after its code has run, the stored data read in a task of its own (kit/afterYield.tsx).
export default afterYield(Compare, () => store.list());
