/**
 * The table of loaded participants (step 2) with removing one or all: shown once there are
 * participants, so it loads with the factor view (loaded.ts), not with the first view.
 * ParticipantsSection draws it through memo (typing elsewhere does not redraw the table).
 */
import { participantOf } from '../../lib/consensus';
import { FACTOR_IDS, type Role } from '../../lib/factors';
import type { Entry } from '../../lib/session-entries';
import { t } from '../../i18n/sv';
import { DataTable } from '../kit/TableRegion';

const s = t.workshopFactors.participants;

interface Props {
  entries: Entry[];
  labels: string[];
  roleNames: Record<Role, string>;
  /** File names often carry a person's name, so they are hidden with the names. */
  hideNames: boolean;
  onRemove: (key: string) => void;
  onRemoveAll: () => void;
}

export function ParticipantList(p: Props) {
  return (
    <>
      <ParticipantTable
        entries={p.entries}
        labels={p.labels}
        roleNames={p.roleNames}
        hideNames={p.hideNames}
        onRemove={p.onRemove}
      />
      <div class="button-row">
        <button type="button" class="button button--danger" onClick={p.onRemoveAll}>
          {s.removeAll}
        </button>
      </div>
    </>
  );
}

function ParticipantTable(p: {
  entries: Entry[];
  labels: string[];
  roleNames: Record<Role, string>;
  /** File names often carry a person's name, so they are hidden with the names. */
  hideNames: boolean;
  onRemove: (key: string) => void;
}) {
  return (
    <DataTable
      label={s.caption}
      class="wk-table wk-people"
      caption={
        <>
          {s.caption} ({p.entries.length})
        </>
      }
      cols={[s.colNumber, s.colName, s.colRole, !p.hideNames && s.colFile, s.colAnswered, s.colActions]}
    >
      {p.entries.map((e, i) => {
        const answered = FACTOR_IDS.filter((f) => (e.a.answers[f]?.level ?? null) !== null).length;
        return (
          <tr key={e.key}>
            <td>{i + 1}</td>
            <th scope="row">{p.labels[i]}</th>
            <td>{p.roleNames[participantOf(e.a).role]}</td>
            {!p.hideNames && <td class="wk-filename">{e.file}</td>}
            <td>{s.answeredOf(answered, FACTOR_IDS.length)}</td>
            <td>
              <button
                type="button"
                class="button button--small"
                aria-label={s.remove(p.labels[i] ?? '')}
                onClick={() => p.onRemove(e.key)}
              >
                {s.removeShort}
              </button>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
