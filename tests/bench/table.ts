export interface BenchRow {
  what: string;
  measured: string;
  budget: string;
  withinBudget: boolean;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['what', 'measured', 'budget', 'ok'];
  const lines = rows.map((row) => [row.what, row.measured, row.budget, row.withinBudget ? 'yes' : 'NO']);
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...lines.map(format)].join(
    '\n',
  );
}
