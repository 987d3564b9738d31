/**
 * /sjalvskattning/: start an assessment, the guided flow through the ten factors, summary,
 * manage assessments (open, rename, follow-up, delete with undo), export/import, share links.
 * Thin: it wires stored data and view state to the views (HomeView, FlowView, SummaryView);
 * the rules live in src/lib (assessment-view, import-decisions, storage, io, share). The file and
 * share link code loads on first use (file-actions.ts, through share-actions.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/sv';
import { createAssessment, withAnswer, type NewAssessment } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import { clampStep, openView, stepFromHash, type View } from '../../lib/assessment-view';
import { restorePlan } from '../../lib/import-decisions';
import type { FactorId } from '../../lib/factors';
import type { Assessment, FactorAnswer } from '../../lib/schema';
import { isShareHash } from '../../lib/share-link';
import { store as storage } from '../../lib/storage';
import { StorageNotices, useNoticesReady } from '../kit/StorageNotices';
import { useFocusRequest } from '../kit/useFocusRequest';
import { DoneView } from './DoneView';
import { FlowView } from './FlowView';
import { HomeView } from './HomeView';
import { SummaryView } from './SummaryView';
import type { Notice } from './messages';
import type { AppProps } from './types';
import { useImport } from './useImport';

export type { AppFactor } from './types';

const s = t.assessment;

function snapshot() {
  return { list: storage.list(), activeId: storage.getActiveId(), status: storage.status() };
}

/** The stored assessments, the active id and the storage status; null until mounted (no JS yet). */
function useStored() {
  const [data, setData] = useState<ReturnType<typeof snapshot> | null>(null);
  useEffect(() => {
    setData(snapshot());
    return storage.subscribe(() => setData(snapshot()));
  }, []);
  return data;
}

/** The heading that takes focus when a view opens. */
const viewHeading = (v: View) => (v.kind === 'home' ? null : `${v.kind}-heading`);

export default function AssessmentApp({ factors, scale, modelVersion, pageHref, profileHref, reportHref }: AppProps) {
  const data = useStored();
  // A storage notice the page opens with is in the first view (its code loads first).
  const noticesReady = useNoticesReady(() => [storage.status()]);
  const [view, setView] = useState<View>({ kind: 'home' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [status, setStatus] = useState('');
  const focus = useFocusRequest();
  const titleOf = (id: string) => factors.find((f) => f.id === id)?.title;
  const say = (n: Notice | null) => {
    setNotice(n);
    if (n) focus('notice');
  };
  const imports = useImport({ titleOf, say, focus });

  const show = (v: View) => {
    setView(v);
    const heading = viewHeading(v);
    if (heading) focus(heading);
  };

  useEffect(() => {
    const onHash = async () => {
      if (isShareHash(location.hash)) {
        const r = await imports.readLink(location.hash);
        setView({ kind: 'home' });
        imports.showPreview(r);
        return;
      }
      const step = stepFromHash(location.hash, storage.getActiveId() !== null);
      if (step !== null) show({ kind: 'flow', step });
    };
    void onHash();
    const listener = () => void onHash();
    addEventListener('hashchange', listener);
    return () => removeEventListener('hashchange', listener);
  }, []);

  if (!data || !noticesReady) return <p class="hint">{s.page.noJs}</p>;

  const active = data.list.find((a) => a.id === data.activeId) ?? null;
  const notices = <StorageNotices status={data.status} read={storage.readUnreadable} onDismissConflict={storage.clearConflict} />;
  const home = () => setView({ kind: 'home' });

  const open = (a: Assessment) => {
    storage.setActiveId(a.id);
    show(openView(a));
  };
  const start = (input: NewAssessment) => {
    const saved = storage.save(createAssessment(input, modelVersion));
    storage.setActiveId(saved.id);
    setNotice(null);
    setStatus(s.start.started(saved.organisation));
    show({ kind: 'flow', step: 0 });
  };
  const undo = (n: Notice) => {
    if (!n.undo) return;
    const plan = restorePlan(n.undo);
    storage.insert(plan.items, plan.mode, undefined, plan.index);
    if (plan.activate) storage.setActiveId(plan.activate);
    say({ tone: 'ok', lines: [s.list.restored(assessmentLabel(n.undo.assessment, { date: false }))] });
  };
  const change = (factor: FactorId, patch: Partial<FactorAnswer>) => {
    if (!active) return;
    storage.update(active.id, (a) => withAnswer(a, factor, patch));
    if ('level' in patch) setStatus(s.chapterIsland.saved);
  };

  const toFactor = (step: number) => show({ kind: 'flow', step });
  const shared = { factors, scale, notices, onHome: home };
  let body;
  if (active && view.kind === 'flow')
    body = (
      <FlowView
        {...shared}
        active={active}
        step={clampStep(view.step, factors.length)}
        onGo={toFactor}
        onSummary={() => show({ kind: 'summary' })}
        onDone={() => show({ kind: 'done' })}
        onChange={change}
      />
    );
  else if (active && view.kind === 'done')
    body = (
      <DoneView
        {...shared}
        active={active}
        pageHref={pageHref}
        announce={setStatus}
        focus={focus}
        onBack={() => toFactor(factors.length - 1)}
        onSummary={() => show({ kind: 'summary' })}
      />
    );
  else if (active && view.kind === 'summary')
    body = <SummaryView {...shared} active={active} profileHref={profileHref} reportHref={reportHref} onEdit={toFactor} />;
  else
    body = (
      <HomeView
        list={data.list}
        active={active}
        scale={scale}
        modelVersion={modelVersion}
        pageHref={pageHref}
        notices={notices}
        notice={notice}
        imports={imports}
        onOpen={open}
        onStart={start}
        onUndo={undo}
        say={say}
        announce={setStatus}
        focus={focus}
      />
    );
  return (
    <div class="assess">
      {body}
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
