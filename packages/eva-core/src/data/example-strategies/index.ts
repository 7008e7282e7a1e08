import { type Strategy, StrategySchema } from "../../schemas/strategy.js";
import { heinola } from "./heinola.js";
import { kaarina } from "./kaarina.js";
import { kaarina2022 } from "./kaarina-2022.js";
import { kangasala } from "./kangasala.js";

/**
 * The seeds' strategies as data (shared/seeds): Kaarina 2018–2025 (the demo case's), Heinola 2022,
 * Kangasala 2020.
 */
export const exampleStrategies: { kaarina: Strategy; heinola: Strategy; kangasala: Strategy } = {
  kaarina: StrategySchema.parse(kaarina),
  heinola: StrategySchema.parse(heinola),
  kangasala: StrategySchema.parse(kangasala),
};

/**
 * Every version of the seeds' strategies, oldest first: Kaarina has the 2018–2025 strategy and
 * its 2022 renewal (seed 003); Heinola and Kangasala one version each.
 */
export const exampleStrategyVersions: { kaarina: Strategy[]; heinola: Strategy[]; kangasala: Strategy[] } = {
  kaarina: [exampleStrategies.kaarina, StrategySchema.parse(kaarina2022)],
  heinola: [exampleStrategies.heinola],
  kangasala: [exampleStrategies.kangasala],
};
