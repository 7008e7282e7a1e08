/** Writes .br and .gz copies next to each compressible file under `dir` (see precompress.mjs). */
export function precompress(
  dir: string,
): Promise<Array<{ file: string; size: number; br: number | null; gz: number | null }>>;
/** The file a finished build writes last; its absence means the build did not finish. */
export const BUILT_MARK: string;
