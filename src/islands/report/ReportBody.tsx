/**
 * The report of the chosen assessment (ReportView.tsx shows it when one is saved): the controls
 * (selection, print, Word), then the report itself. Its own module so that the report's empty
 * view does not load it (issue 15: JS before a chart is drawn).
 */
import { useEffect } from 'preact/hooks';
import { buildReport, formatDate, type ReportModelSource } from '../../lib/report';
import { radarSeries, seriesFor } from '../../lib/chart-data';
import { cssString } from '../../lib/report-files';
import type { Assessment } from '../../lib/schema';
import { ActionPlan } from './ActionPlan';
import { DecisionForm } from './DecisionForm';
import { FollowUpEditor } from './FollowUpEditor';
import { Disagreements, FactorSections, SinceLast, Summary, TitleBlock } from './ReportSections';
import { WordButton } from './WordButton';
import { RadarChart } from '../charts/Chart';
import type { useAssessments, useSelection } from '../kit/useAssessments';
import { chartSummary, StoredSelection } from '../kit/profile-parts';
import { t } from '../../i18n/sv';

const s = t.profile;
const r = t.report;

function useRunningHeader(text: string | null) {
  useEffect(() => {
    const root = document.documentElement;
    if (text) root.style.setProperty('--report-running', cssString(text));
    return () => root.style.removeProperty('--report-running');
  }, [text]);
}

export function ReportBody(p: {
  model: ReportModelSource;
  loaded: ReturnType<typeof useAssessments>;
  sel: ReturnType<typeof useSelection>;
  current: Assessment;
  earlier: Assessment | undefined;
}) {
  const { model, loaded, sel, current, earlier } = p;
  useRunningHeader(r.running(current.organisation, current.title.trim(), formatDate(current.createdAt)));
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
