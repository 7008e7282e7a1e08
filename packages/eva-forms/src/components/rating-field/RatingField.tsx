import { memo } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";

const scale = [-3, -2, -1, 0, 1, 2, 3] as const;
const sign = (r: number) => (r > 0 ? `+${r}` : r < 0 ? `−${-r}` : "0");

export interface RatingFieldProps {
  /** index of the rating in the form's `ratings` array */
  index: number;
  alternative: string;
  criterion: string;
  disabled?: boolean;
}

/**
 * One alternative × criterion: −3..+3 as a native radio group (arrow keys move between options),
 * "not assessed" as its own option (≠ 0), a justification and the confidence.
 */
export const RatingField = memo(function RatingField({
  index,
  alternative,
  criterion,
  disabled,
}: RatingFieldProps) {
  const { t } = useTranslation();
  const { control, register } = useFormContext();
  const base = `ratings.${index}`;
  const id = `rating-${index}`;
  return (
    <fieldset className="rating" disabled={disabled}>
      <legend>{t("rating.legend", { alternative, criterion })}</legend>
      <Controller
        control={control}
        name={`${base}.value`}
        render={({ field }) => (
          <div className="scale" role="presentation">
            {[...scale, "not-assessed" as const].map((v) => (
              <label key={String(v)} className="scale-option">
                <input
                  type="radio"
                  name={`${id}-value`}
                  value={String(v)}
                  checked={field.value === v}
                  onChange={() => field.onChange(v)}
                  onBlur={field.onBlur}
                />
                <span>{v === "not-assessed" ? t("rating.notAssessed") : sign(v)}</span>
              </label>
            ))}
          </div>
        )}
      />
      <label htmlFor={`${id}-justification`}>{t("rating.justification")}</label>
      <textarea
        id={`${id}-justification`}
        rows={2}
        aria-describedby={`${id}-hint`}
        {...register(`${base}.justification`)}
      />
      <p id={`${id}-hint`} className="hint">
        {t("rating.justificationHint")}
      </p>
      <label htmlFor={`${id}-confidence`}>{t("rating.confidence")}</label>
      <select id={`${id}-confidence`} {...register(`${base}.confidence`)}>
        <option value="">{t("common.select")}</option>
        <option value="low">{t("rating.confidence.low")}</option>
        <option value="medium">{t("rating.confidence.medium")}</option>
        <option value="high">{t("rating.confidence.high")}</option>
      </select>
    </fieldset>
  );
});
