import { z } from 'zod';

/** One mocked call: what the task returns, or the error it fails with. */
export type MockedCall =
  | { readonly Return: unknown }
  | { readonly Throw: { readonly Error: string; readonly Cause?: string } };

/** `MockedResponses.<mock>`: calls keyed by zero-based call number (`"0"`) or range (`"1-2"`). */
export type MockedResponse = Readonly<Record<string, MockedCall>>;

/** An AWS Step Functions Local `MockConfigFile.json`. */
export interface MockConfigFile {
  readonly StateMachines: Readonly<
    Record<string, { readonly TestCases: Readonly<Record<string, Readonly<Record<string, string>>>> }>
  >;
  readonly MockedResponses: Readonly<Record<string, MockedResponse>>;
}

const mockedCall = z.union([
  z.strictObject({ Return: z.unknown() }),
  z.strictObject({ Throw: z.strictObject({ Error: z.string(), Cause: z.string().optional() }) }),
]);

const mockConfigFile = z.object({
  StateMachines: z.record(z.string(), z.object({ TestCases: z.record(z.string(), z.record(z.string(), z.string())) })),
  MockedResponses: z.record(z.string(), z.record(z.string(), mockedCall)),
});

/** Checks the shape of a MockConfigFile, throwing a `TypeError` that names the first problem. */
export function parseMockConfigFile(value: unknown): MockConfigFile {
  const result = mockConfigFile.safeParse(value);
  if (result.success) return result.data as MockConfigFile;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new TypeError(`Invalid MockConfigFile${where}: ${issue?.message ?? 'unknown problem'}`);
}
