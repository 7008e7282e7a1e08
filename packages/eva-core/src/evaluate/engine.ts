import type { RiskScale } from "../schemas/risk-scale.js";

type Direction = "max" | "min";

/**
 * The MCDA and economy functions evaluate() is built on, with the signatures of
 * shared/CORE_API.md (src/mcda and src/economy). evaluate() takes them as one object so that the
 * scoring logic states exactly what it uses from the engine; `evaluate` binds the real one.
 */
export interface Engine {
  normalizeWeights(weights: number[]): number[];
  swingWeights(points: number[]): number[];
  rankWeights(n: number, method?: "roc" | "rank-sum" | "rank-reciprocal"): number[];
  ahp(
    matrix: number[][],
    options?: { method?: "eigen" | "geometric" },
  ): { weights: number[]; lambdaMax: number; ci: number; cr: number; consistent: boolean };
  weightedSum(values: number[][], weights: number[]): { scores: number[]; ranks: number[] };
  topsis(
    matrix: number[][],
    weights: number[],
    directions: Direction[],
    options?: { normalization?: "vector" | "minmax" },
  ): { closeness: number[]; dPlus: number[]; dMinus: number[]; ranks: number[] };
  promethee2(
    matrix: number[][],
    weights: number[],
    criteria: Array<{ direction: Direction; preference?: { type: "usual" } }>,
  ): { phi: number[]; phiPlus: number[]; phiMinus: number[]; ranks: number[] };
  vikor(
    matrix: number[][],
    weights: number[],
    directions: Direction[],
    options?: { v?: number },
  ): { S: number[]; R: number[]; Q: number[]; ranks: number[] };
  switchingValues(
    values: number[][],
    weights: number[],
  ): {
    winner: number;
    criteria: Array<{
      criterion: number;
      weight: number;
      switchAt: number | null;
      delta: number | null;
      rival: number | null;
    }>;
  };
  ratingSwitchingValues(
    values: number[][],
    weights: number[],
  ): {
    winner: number;
    criteria: Array<{ criterion: number; value: number; valueDrop: number | null; rival: number | null }>;
  };
  smaa(
    values: number[][],
    options?: { samples?: number; seed?: number; valueSpread?: number[][] },
  ): {
    rankAcceptability: number[][];
    centralWeights: number[][];
    confidence: number[];
    pairwiseWinning: number[][];
    holistic: number[];
    samples: number;
    seed: number;
    standardError: number;
  };
  npv(flows: number[], rate: number): number;
  riskLevel(likelihood: number, consequence: number, scale?: RiskScale): { score: number; band: string };
}
