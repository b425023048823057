import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone: it scrolls sideways in a region of its own, which a keyboard user can focus
 * and scroll (WCAG 2.1.1), named for a screen reader.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus to scroll
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
