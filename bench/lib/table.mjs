// The results table, as GitHub-flavoured Markdown so it reads on a terminal and pastes into
// BENCHMARKS.md unchanged.

function amount(value, unit) {
  if (!Number.isFinite(value)) return '—';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

/** Formats measured rows: figure, median, baseline, ratio, target, result. */
export function formatTable(rows) {
  const header = ['figure', 'median', 'baseline', 'baseline median', 'ratio', 'target', 'result'];
  const lines = rows.map((row) => [
    row.figure,
    amount(row.value, row.unit),
    row.baseline?.label ?? '—',
    row.baseline ? amount(row.baseline.value, row.baseline.unit) : '—',
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}x`,
    row.target?.text ?? '—',
    row.pass === null ? '—' : row.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const numeric = new Set([1, 3, 4]);
  const cell = (text, i) => (numeric.has(i) ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (numeric.has(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...lines.map(line)].join('\n');
}
