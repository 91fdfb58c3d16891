/** The names of every Task state of a machine, with those inside Parallel branches and Map item processors. */
export function taskStateNames(machine: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    const states = record(record(value)?.['States']);
    if (states === undefined) return;
    for (const [name, state] of Object.entries(states)) {
      const s = record(state);
      if (s === undefined) continue;
      if (s['Type'] === 'Task') names.add(name);
      if (Array.isArray(s['Branches'])) s['Branches'].forEach(visit);
      visit(s['ItemProcessor']);
      visit(s['Iterator']);
    }
  };
  visit(machine);
  return names;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
