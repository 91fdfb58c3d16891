// Number formatting and the comparison cell of the executor benchmark's table.

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 1) return ms.toFixed(3);
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return Math.round(ms).toLocaleString('en-US');
}

export function fmtMb(mb: number): string {
  return Number.isFinite(mb) ? mb.toFixed(1) : 'n/a';
}

export function fmtRate(perSecond: number): string {
  return Number.isFinite(perSecond) ? Math.round(perSecond).toLocaleString('en-US') : 'n/a';
}

export function fmtCount(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * How ours compares with the peer: `oursBetter` is how many times better ours is (peer time / our
 * time, our rate / peer rate, peer heap / our heap); below 1 reads as "worse".
 */
export function fmtRatio(oursBetter: number, better: string, worse: string): string {
  if (!Number.isFinite(oursBetter) || oursBetter <= 0) return 'n/a';
  return oursBetter >= 1 ? `${oursBetter.toFixed(1)}x ${better}` : `${(1 / oursBetter).toFixed(1)}x ${worse}`;
}

export function verdict(met: boolean | undefined): string {
  if (met === undefined) return 'n/a';
  return met ? 'yes' : 'NO';
}
