import type { Assessment } from "../../schemas/assessment.js";
import { buildProposal } from "./build.js";
import { cyclePath, stormWater, streetLights, swimmingHall } from "./environment.js";
import { daycare, eServices, library, seniorsMeetingPlace, youthCentre } from "./services.js";

/**
 * Nine more Kaarina proposals awaiting the board (submitted), with investments in 2026 and 2027,
 * for the portfolio page ("Salkku"): together with the demo case they do not all fit a year's
 * budget, and with the strategy's weights ± 50 % some are in every non-dominated portfolio, some in
 * none and some depend on the weights. Each is a complete assessment with every criterion rated.
 */
export const demoProposals: ReadonlyArray<{ id: string; assessment: Assessment }> = [
  { id: "ehdotus-omatoimikirjastot", assessment: buildProposal(library) },
  { id: "ehdotus-nuorisotila", assessment: buildProposal(youthCentre) },
  { id: "ehdotus-sahkoinen-asiointi", assessment: buildProposal(eServices) },
  { id: "ehdotus-kohtaamispaikka", assessment: buildProposal(seniorsMeetingPlace) },
  { id: "ehdotus-paivakoti", assessment: buildProposal(daycare) },
  { id: "ehdotus-pyoratie", assessment: buildProposal(cyclePath) },
  { id: "ehdotus-hulevedet", assessment: buildProposal(stormWater) },
  { id: "ehdotus-katuvalot", assessment: buildProposal(streetLights) },
  { id: "ehdotus-uimahalli", assessment: buildProposal(swimmingHall) },
];
