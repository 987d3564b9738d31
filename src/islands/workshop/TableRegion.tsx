/**
 * A wide table's own scroll region: the table scrolls sideways inside it, never the page, and
 * the region can be reached and scrolled with the keyboard (WCAG 1.4.10 and 2.1.1).
 */
import type { ComponentChildren } from 'preact';

export function TableRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
