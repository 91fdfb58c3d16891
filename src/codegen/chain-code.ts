import type { JsonObject } from '../internal/json-object.js';
import { conditionCode } from './conditions.js';
import { printValue, quote } from './source-text.js';
import { METHODS, stateOptions } from './state-options.js';
import { predecessors, reachability } from './transitions.js';

type Scope = 'top' | 'branch';

const FLOWING = new Set(['Pass', 'Task', 'Wait']);

/**
 * The chained builder calls (`.task(…)`, `.choice(…)`, `.goto(…)`, one per line) that rebuild the
 * states of `definition`, from `StartAt`:
 * - a state follows the one before it when it is not defined yet; otherwise `.goto(name)`;
 * - a Choice rule whose target only that rule reaches is written inline, `(b) => b.…`; other targets
 *   go by name, and their states follow later in the chain;
 * - a Choice's default that is not defined yet is `.otherwise()`, its state chained after the choice;
 * - the one Pass/Task/Wait state with `End: true` comes last, as the chain's open end (`toAsl()`
 *   ends it), since an open end left earlier would flow into the next state; it may be a branch of
 *   the chain's last call, a Choice, whose open ends are the chain's.
 *
 * `resultSchemas` gives Task states their `result` schema (source code).
 */
export function chainCode(definition: JsonObject, resultSchemas: ReadonlyMap<string, string>): string {
  const inlined = chainCalls(definition, resultSchemas, true);
  const calls = inlined.endBranchAt === undefined || inlined.endBranchAt === inlined.calls.length - 1 ? inlined.calls : chainCalls(definition, resultSchemas, false).calls;
  return calls.map((call) => `\n  ${call}`).join('');
}

/**
 * The top-level calls; with `endInBranch`, the ending state may be a branch of a top-level Choice,
 * whose index is `endBranchAt` (right only when that Choice is the last call).
 */
function chainCalls(definition: JsonObject, resultSchemas: ReadonlyMap<string, string>, endInBranch: boolean): { calls: string[]; endBranchAt?: number } {
  const states = definition.States as Record<string, JsonObject>;
  const names = Object.keys(states);
  const preds = predecessors(states);
  const incoming = new Map([...preds].map(([target, from]) => [target, from.length]));
  const reach = reachability(states);
  const end = names.find((name) => FLOWING.has(states[name]?.Type as string) && states[name]?.End === true);
  const emitted = new Set<string>();
  const pending = new Set<string>();
  const calls: string[] = [];
  let endBranchAt: number | undefined;

  const name = (target: string): string => {
    if (!emitted.has(target)) pending.add(target);
    return quote(target);
  };
  // Every transition into `target` is written, except loops back through it: defining it now gives
  // it the union of the types that arrive (a state's input type is fixed where it is defined).
  const ready = (target: string): boolean => (preds.get(target) ?? []).every((p) => emitted.has(p) || reach.get(target)?.has(p));
  const continues = (target: string, scope: Scope): boolean => {
    if (emitted.has(target)) return false;
    if (scope === 'branch') return incoming.get(target) === 1 && target !== end;
    return ready(target) && (target !== end || [...pending].every((p) => p === end));
  };

  /** Writes the calls from `start` to `out` until the chain ends or goes to a state by name. */
  const segment = (start: string, scope: Scope, indent: string, out: string[] = []): string[] => {
    for (let at: string | undefined = start; at !== undefined; ) {
      const current: string = at;
      const state = states[current] as JsonObject;
      emitted.add(current);
      pending.delete(current);
      at = undefined;
      if (state.Type === 'Choice') {
        const choice = choiceCall(current, state, scope, indent);
        out.push(choice.call);
        at = choice.then;
        continue;
      }
      const options = stateOptions(state, resultSchemas.get(current));
      const args = options === undefined ? quote(current) : `${quote(current)}, ${printValue(options, indent)}`;
      out.push(`.${METHODS[state.Type as string] as string}(${args})`);
      const next = state.Next;
      if (typeof next !== 'string') continue;
      if (continues(next, scope)) at = next;
      else out.push(`.goto(${name(next)})`);
    }
    return out;
  };

  const choiceCall = (current: string, state: JsonObject, scope: Scope, indent: string): { call: string; then: string | undefined } => {
    const inner = `${indent}    `;
    const rules = (state.Choices as JsonObject[]).map((rule) => {
      const target = rule.Next as string;
      const condition = conditionCode(rule);
      const branch = !emitted.has(target) && incoming.get(target) === 1 && (target !== end || (endInBranch && scope === 'top'));
      if (!branch) return `.when(${condition}, ${name(target)})`;
      if (target === end) endBranchAt = calls.length;
      return `.when(${condition}, (b) => b${segment(target, 'branch', inner).map((call) => `\n${inner}  ${call}`).join('')})`;
    });
    let then: string | undefined;
    const fallback = state.Default;
    if (typeof fallback === 'string') {
      if (continues(fallback, scope)) {
        rules.push('.otherwise()');
        then = fallback;
      } else {
        rules.push(`.otherwise(${name(fallback)})`);
      }
    }
    const options = typeof state.Comment === 'string' ? `, ${printValue({ comment: state.Comment })}` : '';
    return { call: `.choice(${quote(current)}, (c) => c${rules.map((rule) => `\n${indent}    ${rule}`).join('')}${options})`, then };
  };

  const nextPending = (): string | undefined => {
    const waiting = names.filter((n) => pending.has(n) && n !== end);
    return waiting.find(ready) ?? waiting[0] ?? (end !== undefined && pending.has(end) ? end : undefined);
  };
  for (let next: string | undefined = definition.StartAt as string; next !== undefined; next = nextPending()) {
    segment(next, 'top', '', calls);
  }
  const missing = names.filter((n) => !emitted.has(n));
  if (missing.length > 0) throw new Error(`States never reached from StartAt: ${missing.join(', ')}`);
  return endBranchAt === undefined ? { calls } : { calls, endBranchAt };
}
