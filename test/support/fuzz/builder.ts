import fc from 'fast-check';
import { workflow, type StateMachine } from '../../../src/index.js';
import { SETTLING_RESOURCES } from './handlers.js';

/** The builder driven without its types: generated steps cannot satisfy them statically. */
interface UntypedChain {
  pass(name: string, options?: object): UntypedChain;
  task(name: string, options: object): UntypedChain;
  wait(name: string, options: object): UntypedChain;
  succeed(name: string, options?: object): UntypedChain;
  fail(name: string, options?: object): UntypedChain;
  choice(name: string, build: (c: UntypedChoice) => UntypedChoice): UntypedChain;
  toAsl(): StateMachine;
}
interface UntypedChoice {
  when(condition: unknown, branch: (b: UntypedChain) => UntypedChain): UntypedChoice;
  otherwise(): UntypedChoice;
  numericGreaterThan(path: string, value: number): unknown;
  stringEquals(path: string, value: string): unknown;
  booleanEquals(path: string, value: boolean): unknown;
  isPresent(path: string, value: boolean): unknown;
}

type Step =
  | { readonly op: 'pass'; readonly options: object }
  | { readonly op: 'task'; readonly options: object }
  | { readonly op: 'wait'; readonly options: object }
  | { readonly op: 'choice'; readonly rules: readonly { readonly condition: Condition; readonly branch: readonly Step[] }[]; readonly otherwise: boolean };
type Condition = readonly ['numericGreaterThan', number] | readonly ['stringEquals', string] | readonly ['booleanEquals', boolean] | readonly ['isPresent', boolean];
type End = { readonly op: 'succeed' } | { readonly op: 'fail'; readonly error: string } | { readonly op: 'none' };

const passStep: fc.Arbitrary<Step> = fc
  .record({ result: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }), resultPath: fc.constantFrom(undefined, '$.r', null) })
  .map((o) => ({ op: 'pass', options: Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) }));
const taskStep: fc.Arbitrary<Step> = fc
  .record({
    resource: fc.constantFrom(...SETTLING_RESOURCES),
    timeoutSeconds: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    retry: fc.option(fc.constant([{ errorEquals: ['States.ALL'], intervalSeconds: 1, maxAttempts: 2, backoffRate: 2 }]), { nil: undefined }),
    resultPath: fc.constantFrom(undefined, '$.t'),
  })
  .map((o) => ({ op: 'task', options: Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) }));
const waitStep: fc.Arbitrary<Step> = fc.integer({ min: 0, max: 1000 }).map((seconds) => ({ op: 'wait', options: { seconds } }));
const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map((k) => ['numericGreaterThan', k] as const),
  fc.string({ maxLength: 4 }).map((s) => ['stringEquals', s] as const),
  fc.boolean().map((b) => ['booleanEquals', b] as const),
  fc.boolean().map((b) => ['isPresent', b] as const),
);
const flat: fc.Arbitrary<Step> = fc.oneof(passStep, taskStep, waitStep);
const choiceStep: fc.Arbitrary<Step> = fc.record({
  op: fc.constant('choice' as const),
  rules: fc.array(fc.record({ condition, branch: fc.array(flat, { maxLength: 2 }) }), { minLength: 1, maxLength: 3 }),
  otherwise: fc.boolean(),
});
const end: fc.Arbitrary<End> = fc.oneof(fc.constant({ op: 'succeed' as const }), fc.constant({ op: 'none' as const }), fc.string({ minLength: 1, maxLength: 6 }).map((error) => ({ op: 'fail' as const, error })));

/** A builder program: steps, then how it ends. */
export const builderProgram = fc.record({ steps: fc.array(fc.oneof({ weight: 3, arbitrary: flat }, { weight: 1, arbitrary: choiceStep }), { minLength: 1, maxLength: 6 }), end });

/** Runs a builder program through `workflow()`; state names are unique by a counter. */
export function buildWithBuilder(program: { readonly steps: readonly Step[]; readonly end: End }): StateMachine {
  let counter = 0;
  const fresh = (kind: string): string => `${kind} ${String(counter++)}`;
  const apply = (chain: UntypedChain, step: Step): UntypedChain => {
    switch (step.op) {
      case 'pass':
        return chain.pass(fresh('Pass'), step.options);
      case 'task':
        return chain.task(fresh('Task'), step.options);
      case 'wait':
        return chain.wait(fresh('Wait'), step.options);
      case 'choice':
        return chain.choice(fresh('Choice'), (c) => {
          let rules = c;
          for (const rule of step.rules) {
            const [operator, value] = rule.condition;
            const test = (c[operator] as (path: string, v: unknown) => unknown).call(c, `$.${operator}`, value);
            rules = rules.when(test, (b) => rule.branch.reduce(apply, b));
          }
          return step.otherwise ? rules.otherwise() : rules;
        });
    }
  };
  let chain = program.steps.reduce(apply, workflow('Fuzzed') as unknown as UntypedChain);
  if (program.end.op === 'succeed') chain = chain.succeed(fresh('Done'));
  if (program.end.op === 'fail') chain = chain.fail(fresh('Failed'), { error: program.end.error });
  return chain.toAsl();
}
