import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { CheckboxField, RadioField, TextField } from "../components/field/index.js";

/**
 * Julkisuus: public, or confidential with the legal reason (Julkisuuslaki 24 §); whether the
 * approved summary is shown to residents (the public view lists only those, and only when public).
 */
export function PublicityFields() {
  const { t } = useTranslation();
  const publicity = useWatch({ name: "basics.publicity" }) as { class?: string } | undefined;
  const confidential = publicity?.class === "confidential";
  return (
    <section className="subsection" aria-labelledby="publicity-title">
      <h2 id="publicity-title">{t("publicity.title")}</h2>
      <RadioField
        name="basics.publicity.class"
        legend={t("publicity.class")}
        inline
        options={[
          { value: "public", label: t("codes.publicity.public") },
          { value: "confidential", label: t("codes.publicity.confidential") },
        ]}
      />
      {confidential && (
        <TextField
          name="basics.publicity.reason"
          label={t("publicity.reason")}
          hint={t("publicity.reasonHint")}
          maxLength={500}
        />
      )}
      <CheckboxField name="basics.publicity.containsPersonalData" label={t("publicity.personalData")} />
      {!confidential && (
        <CheckboxField
          name="basics.publicity.showInResidentView"
          label={t("publicity.residentView")}
          hint={t("publicity.residentViewHint")}
        />
      )}
    </section>
  );
}
