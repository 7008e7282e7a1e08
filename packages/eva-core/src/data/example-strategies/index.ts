import { type Strategy, StrategySchema } from "../../schemas/strategy.js";
import { heinola } from "./heinola.js";
import { kaarina } from "./kaarina.js";
import { kangasala } from "./kangasala.js";

/** The seeds' strategies as data (shared/seeds): Kaarina 2018–2025, Heinola 2022, Kangasala 2020. */
export const exampleStrategies: { kaarina: Strategy; heinola: Strategy; kangasala: Strategy } = {
  kaarina: StrategySchema.parse(kaarina),
  heinola: StrategySchema.parse(heinola),
  kangasala: StrategySchema.parse(kangasala),
};
