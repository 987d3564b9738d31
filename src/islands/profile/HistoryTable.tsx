/** /profil/: the organisation's levels over three or more assessments, as a table with dates. */
import { formatDate } from '../../lib/labels';
import type { History } from '../../lib/history';
import type { FactorState } from '../../lib/scoring';
import type { ReportModelSource } from '../../lib/report';
import { factorLabel } from '../../lib/chart-data';
import { t } from '../../i18n/sv';

const s = t.profile;

function cell(st: FactorState): string {
  if (st.kind === 'level') return String(st.level);
  return st.kind === 'vet-ej' ? s.unknown : '–';
}

export function HistoryTable({ history, model }: { history: History; model: Pick<ReportModelSource, 'factors'> }) {
  const org = history.assessments.at(-1)?.organisation ?? '';
  return (
    <section aria-labelledby="profil-historik">
      <h2 id="profil-historik">{s.profile.historyHeading}</h2>
      <p>{s.profile.historyIntro}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="profil-historik-caption">
        <table class="data-table history-table" id="profil-historik-tabell">
          <caption id="profil-historik-caption">{s.profile.historyCaption(org)}</caption>
          <thead>
            <tr>
              <th scope="col">{s.table.factor}</th>
              {history.assessments.map((a) => (
                <th scope="col" key={a.id}>
                  {formatDate(a.createdAt)}
                  {a.title.trim() && <span class="history-table__title">{a.title}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.rows.map((r) => (
              <tr key={r.number}>
                <th scope="row">{factorLabel(r.number, model)}</th>
                {r.states.map((st, i) => (
                  <td key={i}>{cell(st)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
