/** Formats rows as an aligned text table: the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Joins names into lines of at most `width` characters, each indented. */
export function wrapList(names: readonly string[], width = 100, indent = '  '): string {
  const lines: string[] = [];
  let current = '';
  for (const name of names) {
    const next = current === '' ? name : `${current}, ${name}`;
    if (indent.length + next.length > width && current !== '') {
      lines.push(`${indent}${current},`);
      current = name;
    } else {
      current = next;
    }
  }
  if (current !== '') lines.push(`${indent}${current}`);
  return lines.join('\n');
}
