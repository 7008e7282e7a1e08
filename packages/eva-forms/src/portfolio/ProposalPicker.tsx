import { useTranslation } from "react-i18next";
import { Button, Checkbox, CheckboxGroup } from "suomifi-ui-components";

export interface ProposalChoice {
  id: string;
  title: string;
  caseId: string;
  status: "submitted" | "approved";
}

/** The proposals to weigh: every submitted or approved assessment, all chosen at first. */
export function ProposalPicker({
  proposals,
  chosen,
  error,
  onChange,
}: {
  proposals: readonly ProposalChoice[];
  chosen: ReadonlySet<string>;
  error?: string | undefined;
  onChange: (next: Set<string>) => void;
}) {
  const { t } = useTranslation();
  if (proposals.length === 0) return <p>{t("portfolio.noProposals")}</p>;
  return (
    <div className="portfolio-proposals">
      <CheckboxGroup
        id="portfolio-proposals"
        labelText={t("portfolio.proposals")}
        groupHintText={t("portfolio.proposalsHint")}
        groupStatus={error ? "error" : "default"}
        groupStatusText={error}
      >
        {proposals.map((p) => (
          <Checkbox
            key={p.id}
            checked={chosen.has(p.id)}
            hintText={`${p.caseId} · ${t(`list.status.${p.status}`)}`}
            onClick={({ checkboxState }) => {
              const next = new Set(chosen);
              if (checkboxState) next.add(p.id);
              else next.delete(p.id);
              onChange(next);
            }}
          >
            {p.title}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Button variant="secondary" onClick={() => onChange(new Set(proposals.map((p) => p.id)))}>
        {t("portfolio.selectAll")}
      </Button>{" "}
      <Button variant="secondary" onClick={() => onChange(new Set())}>
        {t("portfolio.selectNone")}
      </Button>
    </div>
  );
}
