import fc from 'fast-check';
import {
  choiceFields,
  containerFields,
  failFields,
  passFields,
  succeedFields,
  taskFields,
  waitFields,
  type Fields,
  type Jump,
  type Language,
} from './state-fields.js';

export type Kind = 'Pass' | 'Task' | 'Wait' | 'Choice' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

/** A generated state before its scope names it: transitions are {@link Jump}s, nested scopes are specs. */
export interface StateSpec {
  readonly kind: Kind;
  /** `JSONata` set on a state of a JSONPath machine. */
  readonly language: Language;
  readonly explicitLanguage: boolean;
  readonly fields: Fields;
  readonly scopes: readonly ScopeSpec[];
  readonly mapMode: 'INLINE' | 'DISTRIBUTED';
}

export type ScopeSpec = readonly StateSpec[];

/** Nested Parallel and Map go this deep at most. */
const MAX_DEPTH = 2;

function stateSpec(kind: Kind, top: Language, depth: number, last: boolean): fc.Arbitrary<StateSpec> {
  const language: fc.Arbitrary<Language> = top === 'JSONata' ? fc.constant('JSONata') : fc.constantFrom<Language>('JSONPath', 'JSONPath', 'JSONPath', 'JSONata');
  return language.chain((lang) => {
    const scopes =
      kind === 'Parallel' ? fc.array(scopeSpec(top, depth + 1), { minLength: 1, maxLength: 2 }) : kind === 'Map' ? scopeSpec(top, depth + 1).map((s) => [s]) : fc.constant([]);
    return fc.record({
      kind: fc.constant(kind),
      language: fc.constant(lang),
      explicitLanguage: fc.constant(lang !== top),
      fields: kindFields(kind, lang, last),
      scopes,
      mapMode: fc.constantFrom<'INLINE' | 'DISTRIBUTED'>('INLINE', 'INLINE', 'INLINE', 'DISTRIBUTED'),
    });
  });
}

function kindFields(kind: Kind, language: Language, last: boolean): fc.Arbitrary<Fields> {
  switch (kind) {
    case 'Pass':
      return passFields(language);
    case 'Task':
      return taskFields(language);
    case 'Wait':
      return waitFields(language);
    case 'Choice':
      return choiceFields(language, last);
    case 'Succeed':
      return succeedFields(language);
    case 'Fail':
      return failFields(language);
    case 'Parallel':
    case 'Map':
      return containerFields(kind, language);
  }
}

function flowingKind(depth: number): fc.Arbitrary<Kind> {
  return depth < MAX_DEPTH
    ? fc.constantFrom<Kind>('Pass', 'Pass', 'Task', 'Task', 'Wait', 'Choice', 'Parallel', 'Map')
    : fc.constantFrom<Kind>('Pass', 'Pass', 'Task', 'Task', 'Wait', 'Choice');
}

function lastKind(depth: number): fc.Arbitrary<Kind> {
  return fc.oneof(flowingKind(depth), fc.constantFrom<Kind>('Succeed', 'Fail'));
}

/** A scope of 1 to 4 states: any kind may end it, Succeed and Fail only end it. */
export function scopeSpec(top: Language, depth: number): fc.Arbitrary<ScopeSpec> {
  return fc
    .tuple(fc.array(flowingKind(depth), { maxLength: 3 }), lastKind(depth))
    .chain(([body, last]) => fc.tuple(...body.map((kind) => stateSpec(kind, top, depth, false)), stateSpec(last, top, depth, true)));
}

/** A whole machine as a spec: its language, scope and optional TimeoutSeconds. */
export interface MachineSpec {
  readonly language: Language;
  readonly explicitLanguage: boolean;
  readonly scope: ScopeSpec;
  readonly timeoutSeconds: number | undefined;
}

export const machineSpec: fc.Arbitrary<MachineSpec> = fc
  .tuple(fc.constantFrom<Language>('JSONPath', 'JSONPath', 'JSONata'), fc.boolean(), fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: undefined }))
  .chain(([language, explicitLanguage, timeoutSeconds]) => scopeSpec(language, 0).map((scope) => ({ language, explicitLanguage, scope, timeoutSeconds })));

/** The ASL of a machine spec: states named after their place, each flowing to the next one. */
export function buildMachine(spec: MachineSpec): Record<string, unknown> {
  return {
    ...(spec.language === 'JSONata' || spec.explicitLanguage ? { QueryLanguage: spec.language } : {}),
    ...(spec.timeoutSeconds === undefined ? {} : { TimeoutSeconds: spec.timeoutSeconds }),
    ...buildScope(spec.scope, 'S'),
  };
}

function buildScope(scope: ScopeSpec, prefix: string): { StartAt: string; States: Record<string, unknown> } {
  const names = scope.map((_, i) => `${prefix}${String(i)}`);
  const states: Record<string, unknown> = {};
  scope.forEach((spec, i) => {
    const name = names[i] as string;
    const next = names[i + 1];
    // Mostly forward; a loop back now and then (and always from the last state).
    const ahead = names.slice(i + 1);
    const target = (j: Jump): string => (j.jump < 6 && ahead.length > 0 ? ahead[j.jump % ahead.length] : names[j.jump % names.length]) as string;
    states[name] = buildState(spec, name, next, target);
  });
  return { StartAt: names[0] as string, States: states };
}

function buildState(spec: StateSpec, name: string, next: string | undefined, target: (j: Jump) => string): Record<string, unknown> {
  const state: Record<string, unknown> = { Type: spec.kind, ...(spec.explicitLanguage ? { QueryLanguage: spec.language } : {}), ...spec.fields };
  if (Array.isArray(state.Catch)) state.Catch = (state.Catch as Fields[]).map((c) => ({ ...c, Next: target(c.Next as Jump) }));
  if (spec.kind === 'Choice') {
    state.Choices = (state.Choices as Fields[]).map((c) => ({ ...c, Next: target(c.Next as Jump) }));
    if (next !== undefined) state.Default = next;
    else if (state.Default !== undefined) state.Default = target(state.Default as Jump);
    return state;
  }
  if (spec.kind === 'Parallel') state.Branches = spec.scopes.map((s, b) => buildScope(s, `${name}_b${String(b)}_`));
  if (spec.kind === 'Map') {
    const processor = buildScope(spec.scopes[0] ?? [], `${name}_m_`);
    state.ItemProcessor = { ProcessorConfig: spec.mapMode === 'DISTRIBUTED' ? { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } : { Mode: 'INLINE' }, ...processor };
  }
  if (spec.kind === 'Succeed' || spec.kind === 'Fail') return state;
  if (next === undefined) state.End = true;
  else state.Next = next;
  return state;
}

/** A generated definition, ready to validate and run. */
export const definition: fc.Arbitrary<Record<string, unknown>> = machineSpec.map(buildMachine);

/** Every state kind a definition uses, nested scopes included. */
export function kindsOf(scope: ScopeSpec): Set<Kind> {
  const kinds = new Set<Kind>();
  for (const spec of scope) {
    kinds.add(spec.kind);
    for (const inner of spec.scopes) for (const kind of kindsOf(inner)) kinds.add(kind);
  }
  return kinds;
}
