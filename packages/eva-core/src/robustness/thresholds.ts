/**
 * When the best alternative counts as fragile (PRODUCT.md, quality findings): a weight change of
 * at most FRAGILE_DELTA (a fraction of the whole weight, 0.05 = 5 percentage points), or a
 * first-rank acceptability below FRAGILE_ACCEPTABILITY. The winner_fragile finding and the
 * robustness verdict read the same numbers, so they cannot disagree.
 */
export const FRAGILE_DELTA = 0.05;
export const FRAGILE_ACCEPTABILITY = 0.5;
/**
 * A single rating of the winner that would change the winner if it were this many steps (of
 * −3..+3) worse: one step is within the uncertainty of a rating made with medium confidence
 * (see SMAA's value spread), so the result hangs on one judgement.
 */
export const FRAGILE_RATING_STEPS = 1;
/** Saaty's limit: a consistency ratio above it makes the pairwise comparisons inconsistent. */
export const AHP_CR_LIMIT = 0.1;
