// `npm run bench`: speed and size against the budgets in the design, as one table.
// Runs on the production build in .output (the script builds it first).
import { contentScriptSize } from './size';

export interface BenchRow {
  what: string;
  measured: string;
  budget: string;
  withinBudget: boolean;
}

const rows: BenchRow[] = [];
rows.push(...contentScriptSize());

printTable(rows);
process.exitCode = rows.every((row) => row.withinBudget) ? 0 : 1;

function printTable(table: BenchRow[]): void {
  const header = ['what', 'measured', 'budget', 'ok'];
  const lines = table.map((row) => [row.what, row.measured, row.budget, row.withinBudget ? 'yes' : 'NO']);
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(format(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const line of lines) console.log(format(line));
}
