const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await').split(' '),
);
/** What the generated module imports. */
const IMPORTED = new Set(['z', 'workflow']);

/** `name` as PascalCase words (`batch-job` → `BatchJob`), `Workflow` when nothing usable is left. */
export function pascalCase(name: string): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  const pascal = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  if (pascal === '') return 'Workflow';
  return /^[0-9]/.test(pascal) ? `Workflow${pascal}` : pascal;
}

/**
 * The exported constant of workflow `name`: camelCase (`caseWorkflow` for a reserved word,
 * `importedWorkflow` for a name the module imports).
 */
export function workflowIdentifier(name: string): string {
  const pascal = pascalCase(name);
  const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  if (IMPORTED.has(camel)) return `imported${pascal}`;
  return RESERVED.has(camel) ? `${camel}Workflow` : camel;
}
