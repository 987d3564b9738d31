/**
 * After "Ta bort alla": says what was removed and offers "Ångra", which puts back exactly that.
 * The caller focuses the notice (#cmp-removed) after removing, and the table heading after undo.
 * The workshop's "Ta bort alla" follows the same pattern.
 */
import { t } from '../../i18n/sv';

const s = t.countyComparison;

export function RemovedNotice({ count, onUndo }: { count: number; onUndo: () => void }) {
  return (
    <div class="notice notice--ok no-print" id="cmp-removed" tabIndex={-1}>
      <p>{s.removedAll(count)}</p>
      <button type="button" class="button" onClick={onUndo}>
        {s.undo}
      </button>
    </div>
  );
}
