import { describe, expectTypeOf, it } from 'vitest';
import type {
  CheckReferencePath,
  CheckResultPath,
  Get,
  IsReferencePath,
  PathError,
  ReadPathOption,
  ReferencePaths,
  SetAt,
  WritePathOption,
} from '../../src/paths/types/index.js';

interface Job {
  jobName: string;
  wait_time: number;
  meta?: { owner: string; tags: string[] };
  items: { id: string; qty: number }[];
  pair: [string, number];
  'my key': boolean;
  "it's": null;
}

// How builder methods take paths: reads constrain to the union (autocomplete, "Did you mean"),
// writes are checked by parsing, since ResultPath may create keys.
declare function inputPath<T, const P extends ReferencePaths<T>>(input: T, path: P): Get<T, P>;
declare function secondsPath<T, const P extends ReferencePaths<T>>(input: T, path: P & (Get<T, P> extends number ? P : PathError<`'${P}' must point at a number`>)): void;
declare function resultPath<T, const P extends string | null>(input: T, path: CheckResultPath<T, P>): SetAt<T, P, string>;
declare function task<T, const P extends ReferencePaths<T>>(input: T, options: { inputPath: P }): Get<T, P>;
declare function choiceVariable<T, const P extends string>(input: T, path: CheckReferencePath<T, P>): Get<T, P>;
declare const job: Job;

describe('ReferencePaths', () => {
  it('lists keys, bracket keys, array and tuple indexes', () => {
    expectTypeOf<ReferencePaths<{ a: { b: string }; list: number[] }>>().toEqualTypeOf<
      '$' | '$.a' | '$.a.b' | '$.list' | `$.list[${bigint}]`
    >();
    expectTypeOf<ReferencePaths<{ 'my key': { 'a.b': 1 }; "it's": 2 }>>().toEqualTypeOf<
      '$' | "$['my key']" | "$['my key']['a.b']" | `$["it's"]`
    >();
    expectTypeOf<ReferencePaths<{ t: [string, { x: 1 }] }>>().toEqualTypeOf<
      '$' | '$.t' | '$.t[0]' | '$.t[1]' | '$.t[1].x'
    >();
    expectTypeOf<ReferencePaths<{ m: number[][] }>>().toEqualTypeOf<
      '$' | '$.m' | `$.m[${bigint}]` | `$.m[${bigint}][${bigint}]`
    >();
  });

  it('offers optional keys and every member of a union', () => {
    expectTypeOf<ReferencePaths<{ a?: { b: 1 } }>>().toEqualTypeOf<'$' | '$.a' | '$.a.b'>();
    expectTypeOf<ReferencePaths<{ k: 'x'; x: 1 } | { k: 'y'; y: 2 }>>().toEqualTypeOf<'$' | '$.k' | '$.x' | '$.y'>();
    expectTypeOf<ReferencePaths<{ a: { b: 1 } | null }>>().toEqualTypeOf<'$' | '$.a' | '$.a.b'>();
  });

  it('has only $ for primitives, unknown and any', () => {
    expectTypeOf<ReferencePaths<string>>().toEqualTypeOf<'$'>();
    expectTypeOf<ReferencePaths<unknown>>().toEqualTypeOf<'$'>();
    expectTypeOf<ReferencePaths<{ x: unknown }>>().toEqualTypeOf<'$' | '$.x'>();
  });

  it('stops at the depth cap (6 by default, overridable)', () => {
    interface Deep { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } }
    expectTypeOf<Extract<ReferencePaths<Deep>, `${string}.f`>>().toEqualTypeOf<'$.a.b.c.d.e.f'>();
    expectTypeOf<Extract<ReferencePaths<Deep>, `${string}.g`>>().toEqualTypeOf<never>();
    expectTypeOf<ReferencePaths<Deep, 2>>().toEqualTypeOf<'$' | '$.a' | '$.a.b'>();
    expectTypeOf<Extract<ReferencePaths<Deep, 7>, `${string}.g`>>().toEqualTypeOf<'$.a.b.c.d.e.f.g'>();
    interface Tree { name: string; kids: Tree[] }
    expectTypeOf<ReferencePaths<Tree, 2>>().toEqualTypeOf<'$' | '$.name' | '$.kids' | `$.kids[${bigint}]`>();
  });

  it('is what a path argument accepts', () => {
    expectTypeOf(inputPath(job, '$.meta.tags[2]')).toEqualTypeOf<string>();
    expectTypeOf(inputPath(job, "$['my key']")).toEqualTypeOf<boolean>();
    expectTypeOf(inputPath(job, '$.items[-1].qty')).toEqualTypeOf<number>();
    // @ts-expect-error: misspelt key (TS2820: Did you mean '$.wait_time'?)
    inputPath(job, '$.wait_tme');
    // @ts-expect-error: an index on a non-array
    inputPath(job, '$.jobName[0]');
    // @ts-expect-error: a fractional index
    inputPath(job, '$.items[1.5]');
    // @ts-expect-error: a key with a space needs bracket notation
    inputPath(job, '$.my key');
    // @ts-expect-error: deep scan is not a reference path
    inputPath(job, '$..jobName');
    // @ts-expect-error: a wildcard is not a reference path
    inputPath(job, '$.items[*]');
    // @ts-expect-error: a tuple has no index 2
    inputPath(job, '$.pair[2]');
  });

  it('suggests the closest path inside an options object', () => {
    expectTypeOf(task(job, { inputPath: '$.wait_time' })).toEqualTypeOf<number>();
    // @ts-expect-error: TS2820 "Did you mean '"$.wait_time"'?"
    task(job, { inputPath: '$.wait_tme' });
  });

  it('refuses a path deeper than the cap', () => {
    const deep = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } };
    expectTypeOf(inputPath(deep, '$.a.b.c.d.e.f')).toEqualTypeOf<{ g: number }>();
    // @ts-expect-error: 7 steps, beyond the depth cap of 6
    inputPath(deep, '$.a.b.c.d.e.f.g');
  });

  it('lets a method check the type at the path', () => {
    secondsPath(job, '$.wait_time');
    // @ts-expect-error: jobName is a string, not a number
    secondsPath(job, '$.jobName');
  });
});

describe('Get', () => {
  it('selects keys, indexes and the root', () => {
    expectTypeOf<Get<Job, '$'>>().toEqualTypeOf<Job>();
    expectTypeOf<Get<Job, '$.items[0]'>>().toEqualTypeOf<{ id: string; qty: number }>();
    expectTypeOf<Get<Job, '$.pair[1]'>>().toEqualTypeOf<number>();
    expectTypeOf<Get<Job, '$.pair[-1]'>>().toEqualTypeOf<string | number>();
    expectTypeOf<Get<Job, '$.pair[2]'>>().toEqualTypeOf<never>();
    expectTypeOf<Get<Job, `$["it's"]`>>().toEqualTypeOf<null>();
    expectTypeOf<Get<{ 'a.b': { c: 1 } }, "$['a.b'].c">>().toEqualTypeOf<1>();
  });

  it('gives an optional key without undefined', () => {
    expectTypeOf<Get<{ a?: string }, '$.a'>>().toEqualTypeOf<string>();
    expectTypeOf<Get<Job, '$.meta.owner'>>().toEqualTypeOf<string>();
  });

  it('keeps the union members that have the path', () => {
    type U = { k: 'x'; x: number } | { k: 'y'; y: string };
    expectTypeOf<Get<U, '$.k'>>().toEqualTypeOf<'x' | 'y'>();
    expectTypeOf<Get<U, '$.x'>>().toEqualTypeOf<number>();
    expectTypeOf<Get<{ a: { b: 1 } | null }, '$.a'>>().toEqualTypeOf<{ b: 1 } | null>();
    expectTypeOf<Get<{ a: { b: 1 } | null }, '$.a.b'>>().toEqualTypeOf<1>();
  });

  it('reads records and is never for what does not exist', () => {
    expectTypeOf<Get<{ r: Record<string, { n: number }> }, '$.r.anything.n'>>().toEqualTypeOf<number>();
    expectTypeOf<Get<Job, '$.nope'>>().toEqualTypeOf<never>();
    expectTypeOf<Get<Job, '$..jobName'>>().toEqualTypeOf<never>();
    expectTypeOf<Get<Job, 'jobName'>>().toEqualTypeOf<never>();
  });
});

describe('SetAt', () => {
  it('replaces the root, keeps T for null', () => {
    expectTypeOf<SetAt<Job, '$', string>>().toEqualTypeOf<string>();
    expectTypeOf<SetAt<Job, null, string>>().toEqualTypeOf<Job>();
  });

  it('adds and overwrites keys, keeping the rest flat', () => {
    expectTypeOf<SetAt<{ a: number; b?: string }, '$.guid', string>>().toEqualTypeOf<{ a: number; b?: string; guid: string }>();
    expectTypeOf<SetAt<{ a: number; readonly b: string }, '$.a', boolean>>().toEqualTypeOf<{ a: boolean; readonly b: string }>();
    expectTypeOf<SetAt<{ a: { x: number } }, '$.a.y', 1>>().toEqualTypeOf<{ a: { x: number; y: 1 } }>();
    expectTypeOf<SetAt<{ a: 1 }, '$.b.c.d', 2>>().toEqualTypeOf<{ a: 1; b: { c: { d: 2 } } }>();
    expectTypeOf<SetAt<{ a: 1 }, "$['my key']", 2>>().toEqualTypeOf<{ a: 1; 'my key': 2 }>();
  });

  it('makes a written optional key required, and may create it', () => {
    expectTypeOf<SetAt<{ a?: number }, '$.a', string>>().toEqualTypeOf<{ a: string }>();
    expectTypeOf<SetAt<{ a?: { x: number } }, '$.a.y', string>>().toEqualTypeOf<{ a: { x: number; y: string } | { y: string } }>();
  });

  it('replaces array and tuple elements', () => {
    expectTypeOf<SetAt<{ l: number[] }, '$.l[0]', string>>().toEqualTypeOf<{ l: (number | string)[] }>();
    expectTypeOf<SetAt<{ t: [number, number] }, '$.t[1]', string>>().toEqualTypeOf<{ t: [number, string] }>();
    expectTypeOf<SetAt<{ l: { id: 1 }[] }, '$.l[0].ok', true>>().toEqualTypeOf<{ l: ({ id: 1 } | { id: 1; ok: true })[] }>();
  });

  it('writes into every object member of a union', () => {
    type U = { k: 'x'; x: number } | { k: 'y' };
    expectTypeOf<SetAt<U, '$.r', 0>>().toEqualTypeOf<{ k: 'x'; x: number; r: 0 } | { k: 'y'; r: 0 }>();
  });

  it('is what a ResultPath argument produces', () => {
    expectTypeOf(resultPath({ a: 1, b: [true] }, '$.guid')).toEqualTypeOf<{ a: number; b: boolean[]; guid: string }>();
    expectTypeOf(resultPath({ a: 1 }, null)).toEqualTypeOf<{ a: number }>();
    expectTypeOf(resultPath({ a: 1 }, '$')).toEqualTypeOf<string>();
    expectTypeOf(resultPath({ a: { b: 1 } }, '$.a.c.d')).toEqualTypeOf<{ a: { b: number; c: { d: string } } }>();
    // @ts-expect-error: jobName is a string; AWS cannot put a key into it
    resultPath(job, '$.jobName.x');
    // @ts-expect-error: AWS does not create arrays
    resultPath(job, '$.fresh[0]');
    // @ts-expect-error: a ResultPath is a reference path
    resultPath(job, '$.items[*]');
    // @ts-expect-error: meta.owner may not be written into
    resultPath(job, '$.meta.owner.first');
  });
});

describe('checks by parsing', () => {
  it('returns the path or a PathError whose message names the problem', () => {
    expectTypeOf<CheckReferencePath<Job, '$.meta.tags[0]'>>().toEqualTypeOf<'$.meta.tags[0]'>();
    expectTypeOf<CheckReferencePath<Job, '$.meta.ownr'>>().toEqualTypeOf<PathError<"No key 'ownr' at '$.meta'">>();
    expectTypeOf<CheckReferencePath<Job, '$.jobName[0]'>>().toEqualTypeOf<PathError<"Index [0] needs an array, but '$.jobName' is a string">>();
    expectTypeOf<CheckReferencePath<Job, '$.wait_time.x'>>().toEqualTypeOf<PathError<"Key 'x' needs an object, but '$.wait_time' is a number">>();
    expectTypeOf<CheckReferencePath<Job, '$..jobName'>>().toEqualTypeOf<PathError<"Deep scan '..' is not allowed in a reference path">>();
    expectTypeOf<CheckReferencePath<Job, '$.items[*]'>>().toEqualTypeOf<PathError<"'[*]' is not a key or an index">>();
    expectTypeOf<CheckReferencePath<Job, '$.items.*'>>().toEqualTypeOf<PathError<"Wildcard '*' is not allowed in a reference path">>();
    expectTypeOf<CheckReferencePath<Job, 'jobName'>>().toEqualTypeOf<PathError<"A path must start with '$'">>();
    expectTypeOf<CheckReferencePath<Job, '$$.Execution.Id'>>().toEqualTypeOf<PathError<'Context paths ($$) are not reference paths into the input'>>();
    expectTypeOf<CheckReferencePath<Job, '$.pair[2]'>>().toEqualTypeOf<PathError<"No index [2] in the tuple at '$.pair'">>();
    expectTypeOf<IsReferencePath<Job, "$['my key']">>().toEqualTypeOf<true>();
    expectTypeOf<IsReferencePath<Job, '$.my key'>>().toEqualTypeOf<false>();
  });

  it('checks result paths', () => {
    expectTypeOf<CheckResultPath<Job, null>>().toEqualTypeOf<null>();
    expectTypeOf<CheckResultPath<Job, '$.meta.extra.deep'>>().toEqualTypeOf<'$.meta.extra.deep'>();
    expectTypeOf<CheckResultPath<Job, '$.jobName.x'>>().toEqualTypeOf<PathError<"Cannot write key 'x' into a string at '$.jobName'">>();
    expectTypeOf<CheckResultPath<Job, '$.fresh[0]'>>().toEqualTypeOf<PathError<"Index [0] needs an existing array, but '$.fresh' is created by this write">>();
    expectTypeOf<CheckResultPath<{ a: { b: 1 } | null }, '$.a.c'>>().toEqualTypeOf<PathError<"Cannot write key 'c' into null at '$.a'">>();
  });

  it('shows the message on the argument', () => {
    expectTypeOf(choiceVariable(job, '$.items[0].qty')).toEqualTypeOf<number>();
    // @ts-expect-error: PathError<"No key 'qtty' at '$.items[0]'">
    choiceVariable(job, '$.items[0].qtty');
  });
});

describe('path options', () => {
  interface Small { a: { b: 1 }; list: string[] }

  it('check the path given; while the default stands (an editor completing it), list every path', () => {
    expectTypeOf<ReadPathOption<Small, '$.a.b'>>().toEqualTypeOf<'$.a.b'>();
    expectTypeOf<ReadPathOption<Small, null>>().toEqualTypeOf<null>();
    expectTypeOf<ReadPathOption<Small, '$.a.c'>>().toEqualTypeOf<PathError<"No key 'c' at '$.a'">>();
    expectTypeOf<ReadPathOption<Small, '$'>>().toEqualTypeOf<'$' | '$.a' | '$.a.b' | '$.list' | `$.list[${bigint}]` | null>();
  });

  it('check a result path by what it can write', () => {
    expectTypeOf<WritePathOption<Small, '$.a.fresh'>>().toEqualTypeOf<'$.a.fresh'>();
    expectTypeOf<WritePathOption<Small, null>>().toEqualTypeOf<null>();
    expectTypeOf<WritePathOption<Small, '$.a.b.c'>>().toEqualTypeOf<PathError<"Cannot write key 'c' into a number at '$.a.b'">>();
    expectTypeOf<WritePathOption<Small, '$'>>().toEqualTypeOf<'$' | '$.a' | '$.a.b' | '$.list' | `$.list[${bigint}]` | null>();
  });
});
