/**
 * The level choice: levels 0–4 and "Vet ej" as one native radio group (fieldset and legend;
 * arrow keys move between levels and choose), each with a hint, and a button that clears the
 * level. Ids: `<idPrefix>-level-<value>`, name `<idPrefix>-level`. The options come from
 * levelOptions() in src/lib/levels.ts, the one list of levels.
 */
import type { ComponentChildren } from 'preact';
import type { LevelValue } from '../../lib/schema';
import { levelOptions, type LevelOption, type LevelScale } from '../../lib/levels';

interface Props {
  idPrefix: string;
  legend: ComponentChildren;
  scale: LevelScale;
  value: LevelValue;
  /** The visible name of an option (default: the scale's name). */
  label?: (o: LevelOption) => string;
  /** The hint under an option (for example the factor's description of the level). */
  hint: (o: LevelOption) => string;
  /** Text of the clear button, shown while a level is chosen; no button without it. */
  clearLabel?: string;
  /**
   * Markup that a script upgrades instead of Preact (the chapter page, rendered on the server):
   * the clear button is always there, `hidden` while no level is chosen, so the script can show it.
   */
  upgradable?: boolean;
  onChange: (level: LevelValue) => void;
}

export function LevelChoice({ idPrefix, legend, scale, value, label, hint, clearLabel, upgradable, onChange }: Props) {
  const current = value === null ? '' : String(value);
  return (
    <fieldset class="af__levels">
      <legend>{legend}</legend>
      {levelOptions(scale).map((o) => {
        const id = `${idPrefix}-level-${o.value}`;
        const checked = current === o.value;
        return (
          <div class={`af__option${checked ? ' af__option--checked' : ''}`} key={o.value}>
            <input
              type="radio"
              id={id}
              name={`${idPrefix}-level`}
              value={o.value}
              checked={checked}
              onChange={() => onChange(o.level)}
              aria-describedby={`${id}-hint`}
            />
            <label for={id}>
              <span class="af__name">{label ? label(o) : o.name}</span>
              <span class="af__hint hint" id={`${id}-hint`}>
                {hint(o)}
              </span>
            </label>
          </div>
        );
      })}
      {(value !== null || upgradable) && clearLabel ? (
        <button type="button" class="button af__clear" hidden={value === null} onClick={() => onChange(null)}>
          {clearLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
