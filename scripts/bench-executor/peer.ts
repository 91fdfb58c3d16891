// The one place that touches aws-local-stepfunctions (the peer the executor benchmark compares
// against). Its types want its own definition and JSON types; the workloads are plain objects, so
// the narrow casts live here and nowhere else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RunOptions, StateMachine, StateMachineDefinition } from 'aws-local-stepfunctions';

type JsonInput = Parameters<StateMachine['run']>[0];

export const PEER_NAME = 'aws-local-stepfunctions';

/** A compiled peer state machine. */
export interface PeerMachine {
  /** Runs once and resolves to the output; rejects when the execution fails. */
  run(input: unknown, options?: { readonly waitOverridesMs?: Readonly<Record<string, number>> }): Promise<unknown>;
}

export interface Peer {
  readonly version: string;
  /** Constructs the peer's StateMachine; by default it validates the definition (with asl-validator) here. */
  compile(definition: object, options?: { readonly validate?: boolean }): PeerMachine;
}

interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

type PromiseWithResolversConstructor = PromiseConstructor & { withResolvers?: <T>() => Resolvers<T> };

/**
 * The peer calls `Promise.withResolvers` (Node 22+). On Node 20 install a spec-shaped polyfill
 * (non-enumerable, like the built-in) before the peer is imported.
 */
export function installPromiseWithResolvers(): 'native' | 'polyfilled' {
  const ctor = Promise as PromiseWithResolversConstructor;
  if (typeof ctor.withResolvers === 'function') return 'native';
  function withResolvers<T>(): Resolvers<T> {
    let resolve: Resolvers<T>['resolve'] = () => undefined;
    let reject: Resolvers<T>['reject'] = () => undefined;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }
  Object.defineProperty(Promise, 'withResolvers', { value: withResolvers, writable: true, configurable: true, enumerable: false });
  return 'polyfilled';
}

function peerVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve(PEER_NAME);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', `file://${entry}`), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '?';
  } catch {
    return '?';
  }
}

/** Loads the peer (after the polyfill), or explains why it cannot be loaded. */
export async function loadPeer(): Promise<{ peer: Peer } | { missing: string }> {
  installPromiseWithResolvers();
  let Machine: typeof StateMachine;
  try {
    ({ StateMachine: Machine } = await import('aws-local-stepfunctions'));
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
  return {
    peer: {
      version: peerVersion(),
      compile(definition, options = {}) {
        const machine = new Machine(
          definition as StateMachineDefinition,
          options.validate === false ? { validationOptions: { noValidate: true } } : {},
        );
        return {
          run(input, runOptions = {}) {
            const overrides: RunOptions = runOptions.waitOverridesMs === undefined ? {} : { overrides: { waitTimeOverrides: { ...runOptions.waitOverridesMs } } };
            return machine.run(input as JsonInput, overrides).result;
          },
        };
      },
    },
  };
}
