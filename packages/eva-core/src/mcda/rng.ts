import { fe as feTable, ke as keTable, we as weTable, ZIGGURAT_R } from "./ziggurat.js";

/**
 * A seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's "small fast counting" generator;
 * passes PractRand), seeded through splitmix32 so nearby seeds give unrelated streams. The core
 * never uses Math.random(): randomness always comes from here, so the same seed gives the same
 * numbers in Node and in every browser.
 */
export interface Rng {
  /** a uniform number in [0, 1) with 32 random bits */
  next(): number;
  /** fills `out` with uniform numbers in [0, 1): the same stream as calling next() out.length times */
  fill(out: Float64Array): void;
  /**
   * fills `out` with raw 32-bit random words (as signed integers), alternately from this stream
   * and from a second, independently seeded sfc32 stream: two independent dependency chains let
   * the CPU overlap them, about a third faster than one
   */
  fillBits(out: Int32Array): void;
  /** fills `out` with standard exponential numbers (mean 1) by the ziggurat method; returns their sum */
  fillExponential(out: Float64Array): number;
}

const TWO_POW_32_INV = 1 / 4294967296;
// local bindings: a loader that compiles imports to property reads (tsx, some bundlers) would
// otherwise pay a getter call per draw in the hot loop
const ke = keTable;
const we = weTable;
const fe = feTable;

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
    return (t >>> 0) * TWO_POW_32_INV;
  };
  const fill = (out: Float64Array): void => {
    for (let k = 0; k < out.length; k++) out[k] = next();
  };
  // the second stream of fillBits, seeded from the same splitmix32 sequence
  let a2 = init();
  let b2 = init();
  let c2 = init();
  let d2 = init();
  // the same steps with the state in locals: the hot loops of smaa draw numbers in bulk
  const fillBits = (out: Int32Array): void => {
    let sa = a;
    let sb = b;
    let sc = c;
    let sd = d;
    let ta = a2;
    let tb = b2;
    let tc = c2;
    let td = d2;
    const n = out.length;
    for (let k = 0; k < n; k += 2) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      out[k] = t;
      const u = (((ta + tb) | 0) + td) | 0;
      td = (td + 1) | 0;
      ta = tb ^ (tb >>> 9);
      tb = (tc + (tc << 3)) | 0;
      tc = (tc << 21) | (tc >>> 11);
      tc = (tc + u) | 0;
      // past the end of an odd-length array this write is dropped (typed arrays ignore it)
      out[k + 1] = u;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
    a2 = ta;
    b2 = tb;
    c2 = tc;
    d2 = td;
  };
  const nextU32 = (): number => (next() * 4294967296) >>> 0;
  // the ziggurat's rejection step (about 1 % of the draws), given the 32 bits that were not accepted
  const exponentialSlow = (u: number): number => {
    for (;;) {
      const i = u & 255;
      const j = u >>> 8;
      if (j < (ke[i] as number)) return j * (we[i] as number);
      // the tail beyond R is R plus an exponential (memorylessness); 1 − U keeps log away from 0
      if (i === 0) return ZIGGURAT_R - Math.log(1 - next());
      const x = j * (we[i] as number);
      const f0 = fe[i] as number;
      if (f0 + next() * ((fe[i - 1] as number) - f0) < Math.exp(-x)) return x;
      u = nextU32();
    }
  };
  const fillExponential = (out: Float64Array): number => {
    let sa = a;
    let sb = b;
    let sc = c;
    let sd = d;
    let sum = 0;
    for (let k = 0; k < out.length; k++) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      const u = t >>> 0;
      const i = u & 255;
      const j = u >>> 8;
      let x: number;
      if (j < (ke[i] as number)) {
        x = j * (we[i] as number);
      } else {
        a = sa;
        b = sb;
        c = sc;
        d = sd;
        x = exponentialSlow(u);
        sa = a;
        sb = b;
        sc = c;
        sd = d;
      }
      out[k] = x;
      sum += x;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
    return sum;
  };
  for (let i = 0; i < 12; i++) next();
  fillBits(new Int32Array(12));
  return { next, fill, fillBits, fillExponential };
}
