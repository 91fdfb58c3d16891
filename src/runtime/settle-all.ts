/**
 * Waits until every promise has settled, then rejects with the first rejection in time, if any. A
 * Parallel or Map waits so for its cancelled branches, whose abort events then come before its own end.
 */
export async function settleAll(promises: readonly Promise<unknown>[]): Promise<void> {
  const rejections: { readonly reason: unknown }[] = [];
  await Promise.all(promises.map((promise) => promise.catch((reason: unknown) => rejections.push({ reason }))));
  const [first] = rejections;
  if (first !== undefined) throw first.reason;
}
