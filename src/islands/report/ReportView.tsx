/**
 * /rapport/: the maturity report to file, made to be printed (A4), saved as PDF or downloaded
 * as a Word file. Everything shown comes from the report model (src/lib/report.ts); user-typed
 * text is rendered as text. Page 1: title block, summary in words, scale legend; then the
 * group's action plan, the follow-up of the previous plan, the profile, disagreement and the
 * factors. Every printed page carries a running header (municipality, title, date) from the
 * --report-running custom property set here (CSSOM, allowed by the CSP) and read by @page in
 * profile.css, and "Sida X av Y" from print.css.
 */
import { useEffect } from 'preact/hooks';
import { buildReport, formatDate, type ReportModelSource } from '../../lib/report';
import { radarSeries, seriesFor } from '../../lib/chart-data';
import { cssString } from '../../lib/report-files';
import { ActionPlan } from './ActionPlan';
import { DecisionForm } from './DecisionForm';
import { FollowUpEditor } from './FollowUpEditor';
import { Disagreements, FactorSections, SinceLast, Summary, TitleBlock } from './ReportSections';
import { WordButton } from './WordButton';
import { RadarChart } from '../charts/Chart';
import { useAssessments, useSelection } from '../kit/useAssessments';
import { chartSummary, EmptyState, StoredSelection, StorageNotice } from '../kit/profile-parts';
import { t } from '../../i18n/sv';

const s = t.profile;
const r = s.report;

function useRunningHeader(text: string | null) {
  useEffect(() => {
    const root = document.documentElement;
    if (text) root.style.setProperty('--report-running', cssString(text));
    return () => root.style.removeProperty('--report-running');
  }, [text]);
}

export default function ReportView({ model }: { model: ReportModelSource }) {
  const loaded = useAssessments();
  const sel = useSelection(loaded);
  const { current, earlier } = sel;
  useEffect(() => {
    document.title = current ? `${r.docTitle(current.organisation)} – ${t.common.siteName}` : `${r.title} – ${t.common.siteName}`;
  }, [current?.organisation]);
  useRunningHeader(current ? r.running(current.organisation, current.title.trim(), formatDate(current.createdAt)) : null);
  if (!current) {
    return (
      <>
        <h1>{r.title}</h1>
        <StorageNotice status={loaded.status} />
        <EmptyState />
      </>
    );
  }
  const words = { gapStep: s.profile.gapStep };
  const report = buildReport(current, model, words, earlier);
  const earlierReport = earlier ? buildReport(earlier, model, words) : null;
  const earlierStep = (id: string) => earlierReport?.factors.find((f) => f.id === id)?.nextStep ?? '';
  const radar = radarSeries(seriesFor(report, current, earlier), model, { unknown: s.unknown, unanswered: s.unanswered });
  return (
    <>
      <div class="report-controls no-print">
        <p class="lead">{r.intro}</p>
        <StoredSelection idPrefix="rapport" loaded={loaded} sel={sel} current={current} earlier={earlier} />
        <p class="button-row">
          <button type="button" class="button button--primary" onClick={() => window.print()}>
            {r.print}
          </button>
          <WordButton report={report} model={model} />
        </p>
      </div>
      <article class="report" aria-labelledby="rapport-rubrik" data-assessment-id={current.id}>
        <TitleBlock report={report} />
        <Summary report={report} model={model} />
        <ActionPlan report={report} assessment={current} />
        <FollowUpEditor report={report} current={current} earlier={earlier} earlierStep={earlierStep} />
        <SinceLast report={report} model={model} />
        <section class="report-section report-profile" aria-labelledby="rapport-profil">
          <h2 id="rapport-profil">{r.profileHeading}</h2>
          <RadarChart
            id="rapport-radar"
            title={s.profile.radarTitle}
            summary={chartSummary(report)}
            labels={radar.labels}
            datasets={radar.datasets}
          />
        </section>
        <Disagreements report={report} model={model} />
        <FactorSections report={report} />
        <DecisionForm assessment={current} />
      </article>
    </>
  );
}
