/** The summary of the active assessment: every factor's level and texts, links onwards. */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/sv';
import { answerOf, progress } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import type { FactorId } from '../../lib/factors';
import { levelWords } from '../../lib/levels';
import type { Assessment } from '../../lib/schema';
import { FileDownload } from '../kit/FileDownload';
import { exportFile } from './share-actions';
import type { AppFactor, AppScale } from './types';
import { ColumnHeads } from '../kit/TableRegion';

const s = t.assessment;

interface Props {
  active: Assessment;
  factors: AppFactor[];
  scale: AppScale;
  profileHref: string;
  reportHref: string;
  notices: ComponentChildren;
  onEdit: (step: number) => void;
  onHome: () => void;
}

export function SummaryView({ active, factors, scale, profileHref, reportHref, notices, onEdit, onHome }: Props) {
  const p = progress(active);
  const name = assessmentLabel(active, { date: false });
  return (
    <>
      {notices}
      <h2 id="summary-heading" tabIndex={-1}>
        {s.summary.heading}: {name}
      </h2>
      <p>{p.answered === p.total ? s.summary.allDone : s.summary.missing(p.total - p.answered)}</p>
      <p class="assess-progress">{s.flow.progress(p.answered, p.total)}</p>
      <p>{s.summary.intro}</p>
      <div class="table-scroll">
        <table class="assess-summary">
          <caption class="visually-hidden">{s.summary.heading}</caption>
          <ColumnHeads cols={[s.summary.factor, s.summary.level, s.summary.evidence, s.summary.nextStep]} />
          <tbody>
            {factors.map((f, i) => {
              const a = answerOf(active, f.id as FactorId);
              return (
                <tr key={f.id}>
                  <th scope="row">
                    <button type="button" class="button" aria-label={s.summary.edit(f.title)} onClick={() => onEdit(i)}>
                      {f.number}. {f.shortLabel}
                    </button>
                  </th>
                  <td>{levelWords(a.level, scale, s.summary.notAnswered)}</td>
                  <td class="pre">{a.evidence}</td>
                  <td class="pre">{a.nextStep}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="button-row">
        <a class="button button--primary" href={profileHref}>
          {s.summary.toProfile}
        </a>
        <a class="button" href={reportHref}>
          {s.summary.toReport}
        </a>
        <FileDownload file={exportFile([active])} failed={s.io.loadFailed}>
          {s.list.exportOneLabel(name)}
        </FileDownload>
        <button type="button" class="button" onClick={onHome}>
          {s.flow.close}
        </button>
      </div>
    </>
  );
}
