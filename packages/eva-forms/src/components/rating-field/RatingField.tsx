import { affectedGroups } from "eva-core";
import { memo, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Checkbox, Dropdown, DropdownItem, Textarea } from "suomifi-ui-components";
import { ratingFieldId } from "../../validation/field-id.js";
import { useFieldIssue } from "../../validation/issue-store.js";

const scale = [-3, -2, -1, 0, 1, 2, 3] as const;
const sign = (r: number) => (r > 0 ? `+${r}` : r < 0 ? `−${-r}` : "0");

type Row = {
  value?: number | "not-assessed";
  justification?: string;
  confidence?: string;
  horizon?: string;
  affectedGroups?: string[];
  cumulative?: string;
};

export interface RatingFieldProps {
  alternativeId: string;
  criterionId: string;
  /** the cell's row in the form's `ratings`, once it has one (a cell gets its row when first rated) */
  index?: number | undefined;
  /** the alternative's and the criterion's names, as the legend says them */
  alternative: string;
  criterion: string;
  disabled?: boolean;
}

/**
 * One alternative × criterion: −3..+3 as a native radio group (arrow keys move between options),
 * "not assessed" as its own option (≠ 0), a justification, the confidence, the time horizon and
 * the groups affected (children first). Nothing is stored for a cell until something is entered
 * in it, so opening a step does not change the draft.
 */
export const RatingField = memo(function RatingField({
  alternativeId,
  criterionId,
  index,
  alternative,
  criterion,
  disabled,
}: RatingFieldProps) {
  const { t } = useTranslation();
  const { setValue, getValues, register } = useFormContext();
  // the parts the field renders from, not the justification: typing it re-renders nothing
  // (a large case has hundreds of these fields on one step; see pnpm bench:forms)
  const base = index === undefined ? "ratings.__none" : `ratings.${index}`;
  const [value, confidence, horizon, groups, cumulative] = useWatch({
    name: [
      `${base}.value`,
      `${base}.confidence`,
      `${base}.horizon`,
      `${base}.affectedGroups`,
      `${base}.cumulative`,
    ],
  }) as [Row["value"], string | undefined, string | undefined, string[] | undefined, string | undefined];
  const row: Row = { value, confidence, horizon, affectedGroups: groups, cumulative };
  const [groupsOpen, setGroupsOpen] = useState(false);
  const id = (part: string) => ratingFieldId(alternativeId, criterionId, part);
  const valueError = useFieldIssue(id("value"));
  const justificationError = useFieldIssue(id("justification"));
  const set = (part: keyof Row, value: unknown) => {
    const v = value === "" ? undefined : value;
    if (index !== undefined) setValue(`ratings.${index}.${part}`, v, { shouldDirty: true });
    else if (v !== undefined) {
      const rows = (getValues("ratings") ?? []) as unknown[];
      setValue("ratings", [...rows, { alternativeId, criterionId, [part]: v }], { shouldDirty: true });
    }
  };
  const chosen = row?.affectedGroups ?? [];
  const describedBy = (part: string, error: string | undefined, hint = true) =>
    [hint ? `${id(part)}-hint` : null, error ? `${id(part)}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <fieldset className={`rating${valueError || justificationError ? " invalid" : ""}`} disabled={disabled}>
      <legend>{t("rating.legend", { alternative, criterion })}</legend>
      {valueError && (
        <p id={`${id("value")}-error`} className="field-error">
          {valueError}
        </p>
      )}
      <div
        className="scale"
        role="radiogroup"
        aria-label={t("rating.valueLegend")}
        aria-describedby={describedBy("value", valueError)}
      >
        {[...scale, "not-assessed" as const].map((v, i) => (
          <label key={String(v)} className="scale-option">
            <input
              type="radio"
              id={i === 0 ? id("value") : `${id("value")}-${String(v)}`}
              name={id("value")}
              value={String(v)}
              checked={row?.value === v}
              onChange={() => set("value", v)}
              {...(valueError ? { "aria-invalid": true } : {})}
            />
            <span>{v === "not-assessed" ? t("rating.notAssessed") : sign(v)}</span>
          </label>
        ))}
      </div>
      <p id={`${id("value")}-hint`} className="hint">
        {t("rating.scaleHint")}
      </p>
      <Textarea
        id={id("justification")}
        className="field"
        labelText={t("rating.justification")}
        hintText={t("rating.justificationHint")}
        status={justificationError ? "error" : "default"}
        {...(justificationError ? { statusText: justificationError } : {})}
        statusTextAriaLiveMode="off"
        rows={2}
        maxLength={3000}
        fullWidth
        resize="vertical"
        // uncontrolled both ways (a cell's first character gives it its row, then the field is
        // registered): the same element, so the caret stays where it is
        {...(index === undefined
          ? {
              defaultValue: "",
              onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => set("justification", e.target.value),
            }
          : register(`ratings.${index}.justification`))}
      />
      <div className="rating-details">
        <Dropdown
          id={id("confidence")}
          className="field"
          labelText={t("rating.confidence")}
          visualPlaceholder={t("common.select")}
          value={row?.confidence ?? null}
          disabled={row?.value === "not-assessed"}
          onChange={(v) => set("confidence", v)}
        >
          <DropdownItem value="">{t("common.select")}</DropdownItem>
          <DropdownItem value="low">{t("rating.confidence.low")}</DropdownItem>
          <DropdownItem value="medium">{t("rating.confidence.medium")}</DropdownItem>
          <DropdownItem value="high">{t("rating.confidence.high")}</DropdownItem>
        </Dropdown>
        <Dropdown
          id={id("horizon")}
          className="field"
          labelText={t("rating.horizon")}
          visualPlaceholder={t("common.select")}
          value={row?.horizon ?? null}
          onChange={(v) => set("horizon", v)}
        >
          {[
            <DropdownItem key="" value="">
              {t("common.select")}
            </DropdownItem>,
            ...(["short", "long", "both"] as const).map((h) => (
              <DropdownItem key={h} value={h}>
                {t(`codes.horizon.${h}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      <details
        className="rating-groups"
        open={groupsOpen}
        onToggle={(e) => setGroupsOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary>
          {t("rating.groups")}:{" "}
          {chosen.length > 0
            ? chosen.map((g) => t(`codes.affectedGroup.${g}`)).join(", ")
            : t("rating.groupsNone")}
        </summary>
        {/* rendered when open: a large case has hundreds of cells, each with sixteen groups */}
        {groupsOpen && (
          <>
            <fieldset className="plain">
              <legend className="visually-hidden">{t("rating.groups")}</legend>
              <p className="hint">{t("rating.groupsHint")}</p>
              {affectedGroups.map((g) => (
                <Checkbox
                  key={g}
                  id={`${id("groups")}-${g}`}
                  className="group-option"
                  checked={chosen.includes(g)}
                  onClick={({ checkboxState }) =>
                    set(
                      "affectedGroups",
                      checkboxState
                        ? affectedGroups.filter((x) => x === g || chosen.includes(x))
                        : chosen.filter((x) => x !== g),
                    )
                  }
                >
                  {t(`codes.affectedGroup.${g}`)}
                </Checkbox>
              ))}
            </fieldset>
            <Textarea
              id={id("cumulative")}
              className="field"
              labelText={t("rating.cumulative")}
              rows={2}
              maxLength={2000}
              fullWidth
              resize="vertical"
              value={row?.cumulative ?? ""}
              onChange={(e) => set("cumulative", e.target.value)}
            />
          </>
        )}
      </details>
    </fieldset>
  );
});
