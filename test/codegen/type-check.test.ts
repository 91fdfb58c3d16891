import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { importSubject, importSubjects, repositoryRoot } from '../support/import-round-trip.js';

// Type-checking every generated module takes about 30 s (`npm run import:report` does it and prints
// the figures); this test checks the examples, every module of the known failures and every 10th other one.
const floor = JSON.parse(readFileSync(new URL('../import-floor.json', import.meta.url), 'utf8')) as { typeCheckFailures: Record<string, string> };
const known = new Set(Object.keys(floor.typeCheckFailures));
const generated = importSubjects()
  .map(importSubject)
  .flatMap((item) => ('source' in item ? [item] : []));
const sample = generated.filter((item, index) => item.id.startsWith('examples/') || known.has(item.id) || index % 10 === 0);

describe('generated modules type-check', () => {
  it('with the builder types, except the known cases the types reject (test/import-floor.json)', { timeout: 120_000 }, () => {
    const project = new Project({ tsConfigFilePath: join(repositoryRoot, 'tsconfig.json'), skipAddingFilesFromTsConfig: true });
    const files = sample.map((item) => project.createSourceFile(join(repositoryRoot, 'temp', 'type-check', `${item.id.replaceAll('/', '_')}.ts`), item.source));
    const failing = new Map<string, string[]>();
    files.forEach((file, index) => {
      const messages = project.getProgram().getSemanticDiagnostics(file).map((d) => {
        const text = d.getMessageText();
        return typeof text === 'string' ? text : text.getMessageText();
      });
      if (messages.length > 0) failing.set(sample[index]?.id ?? '', messages);
    });
    expect(sample.length).toBeGreaterThan(known.size);
    expect([...failing.keys()].sort(), JSON.stringify([...failing], null, 1)).toEqual([...known].filter((id) => generated.some((g) => g.id === id)).sort());
  });
});
