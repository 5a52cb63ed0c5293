// Prints the bench's rows as a table a person reads in a terminal or pastes into an issue.

const COLUMNS = [
  ['#', (row) => row.number],
  ['measure', (row) => row.title],
  ['this run', (row) => row.value],
  ['baseline, same run', (row) => row.baseline],
  ['ratio', (row) => row.ratio],
  ['target', (row) => row.target],
  ['', (row) => row.status],
];

/** Rows as aligned text; a row's note goes on the line below it. Info rows are numbered with "·". */
export function formatTable(rows) {
  const cells = rows.map((row) => COLUMNS.map(([, cell]) => String(cell(row) ?? '')));
  const widths = COLUMNS.map(([heading], index) =>
    Math.max(heading.length, ...cells.map((line) => line[index].length)),
  );
  const line = (values) =>
    values
      .map((value, index) => value.padEnd(widths[index]))
      .join('  ')
      .trimEnd();
  const lines = [line(COLUMNS.map(([heading]) => heading)), line(widths.map((width) => '-'.repeat(width)))];
  rows.forEach((row, index) => {
    lines.push(line(cells[index]));
    if (row.note) lines.push(`${' '.repeat(widths[0] + 2)}  ${row.note}`);
  });
  return lines.join('\n');
}
