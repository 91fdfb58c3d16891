import type { JsonObject } from '../internal/json-object.js';
import { conditionCode } from './conditions.js';
import { Code, printValue, quote, type Printable } from './source-text.js';
import { METHODS, stateOptions } from './state-options.js';
import { predecessors, reachability } from './transitions.js';

/** States with `{ StartAt, States }`: the machine, a Parallel branch, a Map processor. */
type Scope = JsonObject;

/** One chained call: its text, `.end()`, or a Choice (whose inline branches are still calls). */
type Call = string | typeof END | ChoiceCall;
const END = Symbol('end');

interface ChoiceCall {
  readonly head: string;
  readonly rules: readonly (string | { readonly condition: string; readonly calls: readonly Call[]; readonly indent: string; readonly options: string })[];
  readonly options: string;
  readonly indent: string;
}

/**
 * The chained builder calls (`.task(…)`, `.choice(…)`, `.goto(…)`, one per line) that rebuild the
 * states of `scope` (the machine, or a branch), from `StartAt`:
 * - a state follows the one before it when it is not defined yet; otherwise `.goto(name)`;
 * - a Choice rule whose target only that rule reaches is written inline, `(b) => b.…`; other targets
 *   go by name, and their states follow later in the chain;
 * - a Choice's default that is not defined yet is `.otherwise()`, its state chained after the choice;
 * - a Pass/Task/Wait/Parallel/Map state with `End: true` is followed by `.end()`, except at the
 *   chain's tail (`toAsl()` ends what is left open);
 * - Parallel branches and Map processors are nested chains, written the same way.
 *
 * `resultSchemas` gives Task states their `result` schema (source code).
 */
export function chainCode(scope: Scope, resultSchemas: ReadonlyMap<string, string>, indent = ''): string {
  return render(chainCalls(scope, resultSchemas, indent), `${indent}  `, true);
}

function render(calls: readonly Call[], indent: string, tail: boolean): string {
  const kept = tail && calls.at(-1) === END ? calls.slice(0, -1) : calls;
  return kept
    .map((call, i) => {
      if (call === END) return `\n${indent}.end()`;
      if (typeof call === 'string') return `\n${indent}${call}`;
      const last = tail && i === kept.length - 1;
      const rules = call.rules.map((rule) =>
        typeof rule === 'string' ? `\n${call.indent}    ${rule}` : `\n${call.indent}    .when(${rule.condition}, (b) => b${render(rule.calls, `${rule.indent}  `, last)}${rule.options})`,
      );
      return `\n${indent}${call.head}${rules.join('')}${call.options})`;
    })
    .join('');
}

function chainCalls(scope: Scope, resultSchemas: ReadonlyMap<string, string>, baseIndent: string): Call[] {
  const states = scope.States as Record<string, JsonObject>;
  const names = Object.keys(states);
  const preds = predecessors(states);
  const incoming = new Map([...preds].map(([target, from]) => [target, from.length]));
  const reach = reachability(states);
  const emitted = new Set<string>();
  const pending = new Set<string>();
  const calls: Call[] = [];

  const name = (target: string): string => {
    if (!emitted.has(target)) pending.add(target);
    return quote(target);
  };
  // Every transition into `target` is written, except loops back through it: defining it now gives
  // it the union of the types that arrive (a state's input type is fixed where it is defined).
  const ready = (target: string): boolean => (preds.get(target) ?? []).every((p) => emitted.has(p) || reach.get(target)?.has(p));
  const continues = (target: string, inBranch: boolean): boolean => !emitted.has(target) && (inBranch ? incoming.get(target) === 1 : ready(target));

  /** Writes the calls from `start` until the chain ends or goes to a state by name. */
  const segment = (start: string, inBranch: boolean, indent: string, out: Call[] = []): Call[] => {
    for (let at: string | undefined = start; at !== undefined; ) {
      const current: string = at;
      const state = states[current] as JsonObject;
      emitted.add(current);
      pending.delete(current);
      at = undefined;
      if (state.Type === 'Choice') {
        const choice = choiceCall(current, state, inBranch, indent);
        out.push(choice.call);
        at = choice.then;
        continue;
      }
      for (const catcher of (state.Catch as JsonObject[] | undefined) ?? []) name(catcher.Next as string);
      out.push(stateCall(current, state, indent));
      if (state.End === true) out.push(END);
      const next = state.Next;
      if (typeof next !== 'string') continue;
      if (continues(next, inBranch)) at = next;
      else out.push(`.goto(${name(next)})`);
    }
    return out;
  };

  const stateCall = (current: string, state: JsonObject, indent: string): string => {
    const inner = `${indent}    `;
    const nested = (branch: JsonObject, parameter: string): Code => new Code(`(${parameter}) => ${parameter}${chainCode(branch, resultSchemas, inner)}`);
    if (state.Type === 'Parallel') {
      const branches = (state.Branches as JsonObject[]).map((branch) => `\n${inner}b${chainCode(branch, resultSchemas, inner)},`);
      const options = stateOptions(state, undefined);
      const rest = options === undefined ? '' : `, ${printValue(options, indent)}`;
      return `.parallel(${quote(current)}, (b) => [${branches.join('')}\n${indent}  ]${rest})`;
    }
    const processor = state.Type === 'Map' ? nested(state.ItemProcessor as JsonObject, 'item') : undefined;
    const options = stateOptions(state, resultSchemas.get(current), processor);
    const args = options === undefined ? quote(current) : `${quote(current)}, ${printValue(options, indent)}`;
    return `.${METHODS[state.Type as string] as string}(${args})`;
  };

  const choiceCall = (current: string, state: JsonObject, inBranch: boolean, indent: string): { call: ChoiceCall; then: string | undefined } => {
    const inner = `${indent}    `;
    const rules: ChoiceCall['rules'][number][] = (state.Choices as JsonObject[]).map((rule) => {
      const target = rule.Next as string;
      const condition = conditionCode(rule);
      const options = ruleOptions(rule, inner);
      if (emitted.has(target) || incoming.get(target) !== 1) return `.when(${condition}, ${name(target)}${options})`;
      return { condition, calls: segment(target, true, inner), indent: inner, options };
    });
    let then: string | undefined;
    const fallback = state.Default;
    if (typeof fallback === 'string') {
      if (continues(fallback, inBranch)) {
        rules.push('.otherwise()');
        then = fallback;
      } else {
        rules.push(`.otherwise(${name(fallback)})`);
      }
    }
    const fields = {
      comment: state.Comment,
      queryLanguage: state.QueryLanguage,
      inputPath: state.InputPath,
      outputPath: state.OutputPath,
      output: state.Output,
      assign: state.Assign,
    } as Record<string, Printable | undefined>;
    const options = Object.values(fields).some((v) => v !== undefined) ? `, ${printValue(fields, indent)}` : '';
    return { call: { head: `.choice(${quote(current)}, (c) => c`, rules, options, indent }, then };
  };

  const nextPending = (): string | undefined => {
    const waiting = names.filter((n) => pending.has(n));
    return waiting.find(ready) ?? waiting[0];
  };
  for (let next: string | undefined = scope.StartAt as string; next !== undefined; next = nextPending()) {
    segment(next, false, baseIndent, calls);
  }
  const missing = names.filter((n) => !emitted.has(n));
  if (missing.length > 0) throw new Error(`States never reached from StartAt: ${missing.join(', ')}`);
  return calls;
}

/** A Choice rule's options (`, { comment, assign, output }`), or nothing when it has none. */
function ruleOptions(rule: JsonObject, indent: string): string {
  const fields = { comment: rule.Comment, assign: rule.Assign, output: rule.Output } as Record<string, Printable | undefined>;
  return Object.values(fields).some((v) => v !== undefined) ? `, ${printValue(fields, indent)}` : '';
}
