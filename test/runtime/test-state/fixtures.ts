/** Two branches of one Pass state each, as the recorded Parallel cases have them (base_parallel_state). */
export const TWO_PASS_BRANCHES = [
  { StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } },
  { StartAt: 'B2', States: { B2: { Type: 'Pass', End: true } } },
] as const;

/** A Distributed Map processor of one Pass state named `name`. */
export function passProcessor<const N extends string>(name: N) {
  return { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: name, States: { [name]: { Type: 'Pass', End: true } } as Record<N, { readonly Type: 'Pass'; readonly End: true }> } as const;
}
