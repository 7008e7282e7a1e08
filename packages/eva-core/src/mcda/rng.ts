/**
 * A seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's "small fast counting" generator;
 * passes PractRand), seeded through splitmix32 so nearby seeds give unrelated streams. The core
 * never uses Math.random(): randomness always comes from here, so the same seed gives the same
 * numbers in Node and in every browser.
 */
export interface Rng {
  /** a uniform number in [0, 1) with 32 random bits */
  next(): number;
  /** fills `out` with uniform numbers in [0, 1): the same stream as calling next() out.length times, faster */
  fill(out: Float64Array): void;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** @example createRng(1).next() // the same number every time for seed 1 */
export function createRng(seed: number): Rng {
  const init = splitmix32(Math.trunc(seed) | 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // the same steps with the state in locals: the hot loops of smaa draw numbers in bulk
  const fill = (out: Float64Array): void => {
    let sa = a;
    let sb = b;
    let sc = c;
    let sd = d;
    for (let k = 0; k < out.length; k++) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      out[k] = (t >>> 0) / 4294967296;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
  };
  for (let i = 0; i < 12; i++) next();
  return { next, fill };
}
