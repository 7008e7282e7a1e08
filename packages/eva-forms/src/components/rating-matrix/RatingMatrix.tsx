import { shortNames } from "eva-core";
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ratingFieldId } from "../../validation/field-id.js";
import { useIssueStore } from "../../validation/issue-store.js";
import { RatingField } from "../rating-field/index.js";
import { onRevealField } from "./reveal.js";
import { useMediaQuery } from "./use-media-query.js";
import "./rating-matrix.css";

export interface MatrixCriterion {
  id: string;
  /** the criterion's name in the user's language */
  label: string;
  /** guidance shown in the cell's panel: success factors of a goal, meanings of a value */
  help?: string[] | undefined;
  helpTitle?: string | undefined;
  /** the guiding question of an impact dimension */
  question?: string | undefined;
  legalBasis?: string | undefined;
}

type Cell = { value?: number | "not-assessed"; justified: boolean };
type RatingRow = {
  alternativeId?: string;
  criterionId?: string;
  value?: number | "not-assessed";
  justification?: string;
};

const keyOf = (alternativeId: string, criterionId: string) => `${alternativeId}|${criterionId}`;
/** what the grid shows of the ratings, as one string: typing a justification changes it only when it starts or empties */
const signature = (ratings: unknown): string =>
  ((ratings ?? []) as Array<RatingRow | undefined>)
    .map((r) => `${r?.alternativeId}|${r?.criterionId}|${r?.value ?? ""}|${r?.justification?.trim() ? 1 : 0}`)
    .join("\n");
const parse = (sig: string) => {
  const rows = sig ? sig.split("\n") : [];
  const index = new Map<string, number>();
  const cells = new Map<string, Cell>();
  rows.forEach((line, i) => {
    const [a, c, v, j] = line.split("|");
    const key = keyOf(a ?? "", c ?? "");
    if (!index.has(key)) index.set(key, i);
    const value = v === "" ? undefined : v === "not-assessed" ? "not-assessed" : Number(v);
    cells.set(key, { ...(value !== undefined ? { value } : {}), justified: j === "1" });
  });
  return { index, cells };
};
const sign = (r: number) => (r > 0 ? `+${r}` : r < 0 ? `−${-r}` : "0");
const tone = (v: Cell["value"]) =>
  v === undefined ? "empty" : v === "not-assessed" ? "na" : v > 0 ? `pos${v}` : v < 0 ? `neg${-v}` : "zero";

interface GridCellProps {
  id: string;
  row: number;
  col: number;
  value: Cell["value"];
  justified: boolean;
  invalid: boolean;
  tabbable: boolean;
  selected: boolean;
  name: string;
  shortNotAssessed: string;
}

/** One cell of the grid: its sign on a colour for its tone (colour and sign, never colour alone), a tick when justified. */
const GridCell = memo(function GridCell({
  id,
  row,
  col,
  value,
  justified,
  invalid,
  tabbable,
  selected,
  name,
  shortNotAssessed,
}: GridCellProps) {
  return (
    <td
      id={id}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table (APG "Data Grid"): the cell is the focus stop
      role="gridcell"
      data-row={row}
      data-col={col}
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-selected={selected}
      {...(invalid ? { "aria-invalid": true } : {})}
      className={`matrix-cell tone-${tone(value)}${invalid ? " invalid" : ""}`}
    >
      <span className="cell-value" aria-hidden="true">
        {value === undefined ? "·" : value === "not-assessed" ? shortNotAssessed : sign(value)}
      </span>
      {justified && (
        <span className="cell-justified" aria-hidden="true">
          ✓
        </span>
      )}
    </td>
  );
});

/**
 * The impact matrix as the rating view (THL/Innokylä): criteria as rows, alternatives as columns
 * (the zero option a column like any other), each cell −3…+3 or "not assessed". An ARIA grid:
 * arrows, Home/End and Ctrl+Home/End move, Enter (or a click) opens the cell's rating, its
 * justification, confidence, horizon and groups in the panel beside the grid; Esc there returns to
 * the cell. On a narrow screen one alternative at a time. A cell gets its row in `ratings` when it
 * is first rated (visiting a step adds nothing to the draft); a row keeps its index.
 */
export function RatingMatrix({
  criteria,
  label,
  readOnly,
}: {
  criteria: MatrixCriterion[];
  /** the grid's name ("Strategia: arviot") */
  label: string;
  readOnly?: boolean | undefined;
}) {
  const { t } = useTranslation();
  const { getValues, watch } = useFormContext();
  const store = useIssueStore();
  const hintId = useId();
  const alternatives = (useWatch({ name: "alternatives" }) ?? []) as Array<{
    id: string;
    name?: string;
    shortName?: string;
  }>;
  const [sig, setSig] = useState(() => signature(getValues("ratings")));
  useEffect(() => {
    const sub = watch((values, { name }) => {
      if (name && !/^ratings(\.|$)/.test(name)) return;
      const next = signature(values.ratings);
      setSig((prev) => (prev === next ? prev : next));
    });
    return () => sub.unsubscribe();
  }, [watch]);
  const { index, cells } = useMemo(() => parse(sig), [sig]);
  // the cells with an issue (the rating or its justification), from the wizard's issue store
  const [issueTick, setIssueTick] = useState(0);
  useEffect(() => {
    const off = store.subscribe(() => setIssueTick((n) => n + 1));
    return () => {
      off();
    };
  }, [store]);

  const narrow = useMediaQuery("(max-width: 40rem)");
  const [shownAlt, setShownAlt] = useState(0);
  const altNames = alternatives.map((a, i) => a.name?.trim() || t("alternatives.unnamed", { n: i + 1 }));
  // the column heads: the short names the board summary and the case page use (eva-core's
  // shortNames), so a matrix of long names stays narrow; the full ones in the legend above
  const short = shortNames(
    alternatives.map((a, i) => ({ id: a.id, name: altNames[i] ?? "", shortName: a.shortName })),
  );
  const shortened = alternatives
    .map((a, i) => ({ id: a.id, short: short[a.id] ?? "", full: altNames[i] ?? "" }))
    .filter((x) => x.short !== x.full);
  const columns = narrow
    ? alternatives
        .map((a, i) => ({ a, i }))
        .filter(({ i }) => i === Math.min(shownAlt, alternatives.length - 1))
    : alternatives.map((a, i) => ({ a, i }));

  // the grid's one tab stop, moved by the DOM alone: an arrow key re-renders nothing (≤ 16 ms a move)
  const active = useRef<[number, number]>([0, 0]);

  const [selected, setSelected] = useState<{ alternativeId: string; criterionId: string } | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const rowCount = criteria.length;
  const colCount = columns.length;
  const r0 = Math.min(active.current[0], Math.max(rowCount - 1, 0));
  const c0 = Math.min(active.current[1], Math.max(colCount - 1, 0));
  const cellId = (alternativeId: string, criterionId: string) =>
    ratingFieldId(alternativeId, criterionId, "cell");

  const open = useCallback((alternativeId: string, criterionId: string, focusId?: string) => {
    pendingFocus.current = focusId ?? null;
    setSelected({ alternativeId, criterionId });
  }, []);
  // after the panel opens: the field asked for, else the cell's chosen rating (or its first).
  // Beside the live result the step's column is too narrow for the panel beside the matrix, so it
  // opens below it, often under the window's bottom edge: the whole panel is scrolled into view
  // first (its top when it is taller than the window), so the official sees what the click did
  useEffect(() => {
    if (!selected) return;
    const wanted = pendingFocus.current && document.getElementById(pendingFocus.current);
    pendingFocus.current = null;
    if (wanted) {
      wanted.scrollIntoView?.({ block: "nearest" });
      wanted.focus();
      return;
    }
    const base = ratingFieldId(selected.alternativeId, selected.criterionId, "value");
    const target =
      panel.current?.querySelector<HTMLInputElement>(`input[name="${base}"]:checked`) ||
      document.getElementById(base);
    panel.current?.scrollIntoView?.({ block: "nearest" });
    target?.focus({ preventScroll: true });
  }, [selected]);
  // the error summary's links name a rating's controls: open its cell and focus the control
  useEffect(
    () =>
      onRevealField((fieldId) => {
        for (const c of criteria)
          for (const a of alternatives) {
            const prefix = ratingFieldId(a.id, c.id, "");
            if (fieldId.startsWith(prefix)) {
              const col = alternatives.indexOf(a);
              if (narrow) setShownAlt(col);
              active.current = [criteria.indexOf(c), narrow ? 0 : col];
              open(a.id, c.id, fieldId);
              return true;
            }
          }
        return false;
      }),
    [criteria, alternatives, narrow, open],
  );

  // after a render, one tab stop again (the arrows moved it outside React's knowledge)
  useLayoutEffect(() => {
    for (const td of grid.current?.querySelectorAll<HTMLElement>("td[role=gridcell]") ?? [])
      td.tabIndex = Number(td.dataset.row) === r0 && Number(td.dataset.col) === c0 ? 0 : -1;
  });
  const focusCell = (r: number, c: number) => {
    active.current = [r, c];
    const el = grid.current?.querySelector<HTMLElement>(`td[data-row="${r}"][data-col="${c}"]`);
    if (!el) return;
    for (const other of grid.current?.querySelectorAll<HTMLElement>('td[tabindex="0"]') ?? [])
      if (other !== el) other.tabIndex = -1;
    el.tabIndex = 0;
    el.focus();
  };
  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>("td[role=gridcell]");
    if (!td) return;
    const r = Number(td.dataset.row);
    const c = Number(td.dataset.col);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [rowCount - 1, colCount - 1] : [r, colCount - 1],
      PageUp: [Math.max(0, r - 5), c],
      PageDown: [Math.min(rowCount - 1, r + 5), c],
    };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      const [nr, nc] = to;
      if (nr >= 0 && nr < rowCount && nc >= 0 && nc < colCount) focusCell(nr, nc);
      return;
    }
    if (e.key === "Enter" || e.key === " " || e.key === "F2") {
      e.preventDefault();
      const crit = criteria[r];
      const alt = columns[c]?.a;
      if (crit && alt) open(alt.id, crit.id);
    }
  };
  const onPanelKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== "Escape" || !selected) return;
    e.preventDefault();
    document.getElementById(cellId(selected.alternativeId, selected.criterionId))?.focus();
  };

  const valueText = (v: Cell["value"]) =>
    v === undefined ? t("matrix.unrated") : v === "not-assessed" ? t("rating.notAssessed") : sign(v);
  const selCrit = selected ? criteria.find((c) => c.id === selected.criterionId) : undefined;
  const selAltIndex = selected ? alternatives.findIndex((a) => a.id === selected.alternativeId) : -1;
  void issueTick;

  return (
    <div className="rating-matrix-layout">
      <div className={`rating-matrix-inner${selected ? " has-panel" : ""}`}>
        <div className="rating-matrix-main">
          <p className="hint" id={hintId}>
            {t("matrix.hint")}
          </p>
          {narrow && alternatives.length > 1 && (
            <fieldset className="plain matrix-alt-picker">
              <legend>{t("matrix.showAlternative")}</legend>
              <div className="alt-buttons">
                {alternatives.map((a, i) => (
                  <button
                    key={a.id}
                    type="button"
                    className={i === shownAlt ? "alt-button current" : "alt-button"}
                    aria-pressed={i === shownAlt}
                    onClick={() => {
                      setShownAlt(i);
                      active.current = [active.current[0], 0];
                    }}
                  >
                    {altNames[i]}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
          {shortened.length > 0 && (
            <>
              <p className="note matrix-names-title" id={`${hintId}-names`}>
                {t("matrix.shortNames")}
              </p>
              <ul className="matrix-names" aria-labelledby={`${hintId}-names`}>
                {shortened.map((x) => (
                  <li key={x.id}>
                    <strong>{x.short}</strong>: {x.full}
                  </li>
                ))}
              </ul>
            </>
          )}
          <table
            ref={grid}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table (APG "Data Grid"); keys and clicks are the grid's
            role="grid"
            className="rating-matrix"
            aria-label={label}
            aria-describedby={hintId}
            aria-readonly={readOnly || undefined}
            onKeyDown={onGridKey}
            onClick={(e) => {
              const td = (e.target as HTMLElement).closest<HTMLElement>("td[role=gridcell]");
              if (!td) return;
              const r = Number(td.dataset.row);
              const c = Number(td.dataset.col);
              active.current = [r, c];
              const crit = criteria[r];
              const alt = columns[c]?.a;
              if (crit && alt) open(alt.id, crit.id);
            }}
          >
            <thead>
              <tr>
                <th scope="col">{t("matrix.criterion")}</th>
                {columns.map(({ a, i }) => (
                  <th scope="col" key={a.id}>
                    {short[a.id] === altNames[i] ? (
                      altNames[i]
                    ) : (
                      <>
                        <span aria-hidden="true">{short[a.id]}</span>
                        <span className="visually-hidden">{altNames[i]}</span>
                      </>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {criteria.map((crit, r) => (
                <tr key={crit.id}>
                  <th scope="row">{crit.label}</th>
                  {columns.map(({ a, i }, c) => {
                    const cell = cells.get(keyOf(a.id, crit.id)) ?? { justified: false };
                    const invalid =
                      store.message(ratingFieldId(a.id, crit.id, "value")) !== undefined ||
                      store.message(ratingFieldId(a.id, crit.id, "justification")) !== undefined;
                    const name = t("matrix.cellName", {
                      criterion: crit.label,
                      alternative: altNames[i],
                      value: valueText(cell.value),
                      justified: cell.justified ? t("matrix.justified") : t("matrix.notJustified"),
                    });
                    return (
                      <GridCell
                        key={a.id}
                        id={cellId(a.id, crit.id)}
                        row={r}
                        col={c}
                        value={cell.value}
                        justified={cell.justified}
                        invalid={invalid}
                        tabbable={r === r0 && c === c0}
                        selected={selected?.alternativeId === a.id && selected.criterionId === crit.id}
                        name={invalid ? `${name}, ${t("matrix.fix")}` : name}
                        shortNotAssessed={t("matrix.notAssessedShort")}
                      />
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="note matrix-legend">{t("matrix.legend")}</p>
        </div>
        {selected && selCrit && selAltIndex >= 0 && (
          <section
            ref={panel}
            className="matrix-panel"
            aria-label={t("matrix.panel", { criterion: selCrit.label, alternative: altNames[selAltIndex] })}
            onKeyDown={onPanelKey}
          >
            <h2>{selCrit.label}</h2>
            {selCrit.question && <p>{selCrit.question}</p>}
            {selCrit.legalBasis && (
              <p className="hint">
                {t("rating.legalBasis")}: {selCrit.legalBasis}
              </p>
            )}
            {selCrit.help && selCrit.help.length > 0 && (
              <details>
                <summary>{selCrit.helpTitle ?? t("rating.successFactors")}</summary>
                <ul>
                  {selCrit.help.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              </details>
            )}
            <RatingField
              key={`${selected.alternativeId}|${selected.criterionId}`}
              alternativeId={selected.alternativeId}
              criterionId={selected.criterionId}
              index={index.get(keyOf(selected.alternativeId, selected.criterionId))}
              alternative={altNames[selAltIndex] ?? ""}
              criterion={selCrit.label}
              disabled={readOnly}
            />
            <button
              type="button"
              className="secondary"
              onClick={() =>
                document.getElementById(cellId(selected.alternativeId, selected.criterionId))?.focus()
              }
            >
              {t("matrix.back")}
            </button>
          </section>
        )}
      </div>
    </div>
  );
}
