/**
 * Tables of the ziggurat method for the standard exponential distribution (Marsaglia & Tsang
 * 2000, "The ziggurat method for generating random variables", J. Stat. Softw. 5(8), REXP with
 * 256 strips). SMAA draws its weights as normalised exponentials; the ziggurat needs one 32-bit
 * number and one table look-up for about 99 % of them instead of a logarithm each.
 *
 * Unlike the paper, which uses the same 32 bits for the strip index and the value (a known
 * weakness, Doornik 2005), the low 8 bits choose the strip and the high 24 bits are the value,
 * so the two are independent.
 */
export const ZIGGURAT_R = 7.697117470131487; // right edge of the base strip
const V = 3.949659822581572e-3; // area of each strip
const M = 16777216; // 2^24: the value bits

/** ke[i]: accept the 24-bit value j directly when j < ke[i]; we[i]: x = j · we[i]; fe[i] = e^(−x_i). */
export const ke = new Uint32Array(256);
export const we = new Float64Array(256);
export const fe = new Float64Array(256);

{
  let de = ZIGGURAT_R;
  let te = de;
  const q = V / Math.exp(-de);
  ke[0] = Math.floor((de / q) * M);
  ke[1] = 0;
  we[0] = q / M;
  we[255] = de / M;
  fe[0] = 1;
  fe[255] = Math.exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -Math.log(V / de + Math.exp(-de));
    ke[i + 1] = Math.floor((de / te) * M);
    te = de;
    fe[i] = Math.exp(-de);
    we[i] = de / M;
  }
}
