// A step's state as a symbol and a word: the shape and the text tell the states apart, not colour alone.
import type { CoactStepStatus } from "~/utils/enums.generated";
import { useT } from "~/i18n/i18n";

export const STATUS_SYMBOL: Record<CoactStepStatus, string> = {
  not_started: "○",
  planned: "◔",
  in_progress: "◑",
  established: "✔",
  lapsed: "!",
  skipped: "–",
};

export function StatusMark({ status }: { status: CoactStepStatus }) {
  const t = useT();
  return (
    <span className={`path-status path-status-${status}`}>
      <span aria-hidden="true" className="path-symbol">
        {STATUS_SYMBOL[status]}
      </span>{" "}
      {t(`path.status.${status}`)}
    </span>
  );
}
