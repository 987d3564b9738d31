/**
 * /rapport/: the maturity report to file, made to be printed (A4), saved as PDF or downloaded
 * as a Word file. Everything shown comes from the report model (src/lib/report.ts); user-typed
 * text is rendered as text. Page 1: title block, summary in words, scale legend; then the
 * group's action plan, the follow-up of the previous plan, the profile, disagreement and the
 * factors. Every printed page carries a running header (municipality, title, date) from the
 * --report-running custom property set in ReportBody.tsx (CSSOM, allowed by the CSP) and read
 * by @page in profile.css, and "Sida X av Y" from print.css.
 *
 * This island reads the stored assessments and shows the empty state when there is none; the
 * report itself (ReportBody.tsx) loads only when there is one to show (kit/lazy.ts), in the
 * space the island frame reserves.
 */
import { afterYield } from '../kit/afterYield';
import { store } from '../../lib/storage';
import { useEffect } from 'preact/hooks';
import type { ReportModelSource } from '../../lib/report';
import { lazyModule } from '../kit/lazy';
import { useAssessments, useSelection } from '../kit/useAssessments';
import { EmptyState, StorageNotice } from '../kit/profile-notices';
import { t } from '../../i18n/sv';

const r = t.report;

const useBody = lazyModule(() => import('./ReportBody'));

function ReportView({ model }: { model: ReportModelSource }) {
  const loaded = useAssessments();
  const sel = useSelection(loaded);
  const { current, earlier } = sel;
  const Body = useBody(current !== undefined)?.ReportBody;
  useEffect(() => {
    document.title = current ? `${r.docTitle(current.organisation)} – ${t.common.siteName}` : `${r.title} – ${t.common.siteName}`;
  }, [current?.organisation]);
  if (!current) {
    return (
      <>
        <h1>{r.title}</h1>
        <StorageNotice status={loaded.status} />
        <EmptyState />
      </>
    );
  }
  return Body ? <Body model={model} loaded={loaded} sel={sel} current={current} earlier={earlier} /> : null;
}

// Drawn after its code has run, the stored data read in a task of its own (kit/afterYield.tsx).
export default afterYield(ReportView, () => store.list());
