/**
 * `npm run bench`: runs every bench/*.bench.ts (or the names given as arguments) one after another,
 * writes bench/results/<name>.json and a markdown summary of the run, bench/results/SUMMARY.md.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(here, 'results');

function markdown(results: readonly BenchResult[]): string {
  const lines = [
    `# Parley benchmarks`,
    '',
    `Run ${new Date().toISOString()} on ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${os.platform()}.`,
    '',
  ];
  for (const result of results) {
    lines.push(`## ${result.title}`, '', '| Measure | Value | Note |', '|---|---:|---|');
    for (const row of result.rows)
      lines.push(`| ${row.label} | ${row.value.toFixed(3)} ${row.unit} | ${row.note ?? ''} |`);
    lines.push('');
    for (const note of result.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = (await readdir(here)).filter((name) => name.endsWith('.bench.ts')).sort();
  const results: BenchResult[] = [];
  await mkdir(resultsDir, { recursive: true });
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default: Bench };
    const bench = module.default;
    if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
    process.stdout.write(`▶ ${bench.name}\n`);
    const result = await bench.run();
    results.push(result);
    await writeFile(
      path.join(resultsDir, `${result.name}.json`),
      `${JSON.stringify({ ...result, at: new Date().toISOString(), node: process.version }, null, 2)}\n`,
    );
    for (const row of result.rows)
      process.stdout.write(`  ${row.label}: ${row.value.toFixed(3)} ${row.unit}${row.note ? ` (${row.note})` : ''}\n`);
    for (const note of result.notes) process.stdout.write(`  → ${note}\n`);
  }
  // The summary covers every recorded result, so running one bench does not drop the others from it.
  const recorded: BenchResult[] = [];
  for (const name of (await readdir(resultsDir)).filter((file) => file.endsWith('.json')).sort()) {
    recorded.push(JSON.parse(await readFile(path.join(resultsDir, name), 'utf8')) as BenchResult);
  }
  const summary = markdown(recorded);
  await writeFile(path.join(resultsDir, 'SUMMARY.md'), `${summary}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
