/**
 * Tables of the islands. `TableRegion`: a wide table's own scroll region; the table scrolls
 * sideways inside it, never the page, and the region can be reached and scrolled with the
 * keyboard (WCAG 1.4.10 and 2.1.1). `ColumnHeads`: the row of column headings. `DataTable`:
 * both around a caption and the body rows, the one shape of a data table.
 */
import type { ComponentChildren } from 'preact';

/** The region is named by `label`, or by the element `labelledBy` (a heading above the table). */
type RegionName = { label: string; labelledBy?: undefined } | { label?: undefined; labelledBy: string };

export function TableRegion({ label, labelledBy, children }: RegionName & { children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

/** A column heading: its text, or its text and a class. `false` leaves the column out. */
export type Column = string | { label: string; class: string } | false;

export function ColumnHeads({ cols }: { cols: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {cols
          .filter((c) => c !== false)
          .map((c, i) =>
            typeof c === 'string' ? (
              <th scope="col" key={i}>
                {c}
              </th>
            ) : (
              <th scope="col" class={c.class} key={i}>
                {c.label}
              </th>
            ),
          )}
      </tr>
    </thead>
  );
}

/** A data table in its scroll region: caption (visible, or for screen readers only), headings, rows. */
export function DataTable(
  p: RegionName & {
    class: string;
    id?: string;
    caption: ComponentChildren;
    captionHidden?: boolean;
    cols: readonly Column[];
    children: ComponentChildren;
  },
) {
  const region: RegionName = p.labelledBy === undefined ? { label: p.label! } : { labelledBy: p.labelledBy };
  return (
    <TableRegion {...region}>
      <table class={p.class} id={p.id}>
        <caption class={p.captionHidden ? 'visually-hidden' : undefined}>{p.caption}</caption>
        <ColumnHeads cols={p.cols} />
        <tbody>{p.children}</tbody>
      </table>
    </TableRegion>
  );
}
