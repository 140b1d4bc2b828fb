import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import type { Row } from './results';

export interface Machine {
  date: string;
  commit: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** One-minute load averages during the run: other work on the machine slows every figure. */
  load: { start: number; max: number; end: number };
}

export function describeMachine(loads: readonly number[]): Machine {
  return {
    date: new Date().toISOString().slice(0, 10),
    commit: execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    load: { start: loads[0], max: Math.max(...loads), end: loads[loads.length - 1] },
  };
}

function format(value: number, unit: Row['unit']): string {
  const digits = unit === 'MB' || unit === 'KB' || value >= 100 ? 0 : unit === '×' || unit === 's' || value < 10 ? 2 : 1;
  const number = value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === '×' ? `${number}×` : `${number} ${unit}`;
}

/** Two decimals, or two significant digits for figures far below the floor. */
function ratio(value: number): string {
  return `${value >= 0.1 ? value.toFixed(2) : value.toPrecision(2)}×`;
}

/** The whole benchmark as one Markdown table, each figure beside its parse floor. */
export function renderTable(rows: readonly Row[]): string {
  const lines = ['| | measure | DiploBrief | parse floor | ratio | target | |', '| --- | --- | ---: | ---: | ---: | --- | --- |'];
  let section = '';
  for (const row of rows) {
    const cells = [
      row.section === section ? '' : `**${row.section}**`,
      row.measure,
      format(row.value, row.unit),
      row.floor === undefined ? '' : format(row.floor, row.unit),
      row.floor === undefined ? '' : ratio(row.value / row.floor),
      row.target?.text ?? '',
      row.target === undefined ? '' : row.target.pass ? 'pass' : '**miss**',
    ];
    section = row.section;
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function describeRun(machine: Machine): string {
  return (
    `Measured ${machine.date} at ${machine.commit} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGb} GB), ${machine.os}, Node ${machine.node}; ` +
    `load average ${machine.load.start} at the start, ${machine.load.max} at most and ${machine.load.end} at the end.`
  );
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the table between the README's bench markers. */
export function updateReadme(readmePath: string, table: string, machine: Machine): void {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${START} … ${END} block to update.`);
  writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${describeRun(machine)}\n\n${table}\n${readme.slice(end)}`);
}
