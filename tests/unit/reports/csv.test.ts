import { expect, it } from 'vitest';
import { attemptsToCsv, defuseFormula, quoteCsvCell } from '../../../src/reports/csv.ts';
import { makeAttempt, makeProfile, uuid } from '../scores/fixtures.ts';

/** A small RFC 4180 reader, to check the output the way a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

it('writes a header and one row per attempt with the player name and totals', () => {
  const csv = attemptsToCsv([makeAttempt()], [makeProfile({ name: 'Ada' })]);
  const rows = parseCsv(csv);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(rows).toHaveLength(2);
  const record = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]));
  expect(record).toEqual({
    player: 'Ada',
    level: 'first-shift',
    version: '1.0.0',
    mode: 'training',
    score: '120',
    max_score: '200',
    stars: '2',
    delighted: '1',
    satisfied: '0',
    neutral: '0',
    upset: '0',
    walked_out: '1',
    honoured_total: '3',
    broken_total: '1',
    started: '2025-03-01T10:00:00.000Z',
    finished: '2025-03-01T10:03:00.000Z',
    duration_seconds: '83.4',
    attempt_id: uuid(1000),
  });
});

it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
  expect(quoteCsvCell('plain')).toBe('plain');
  expect(quoteCsvCell('a,b')).toBe('"a,b"');
  expect(quoteCsvCell('say "hi"')).toBe('"say ""hi"""');
  expect(quoteCsvCell('two\nlines')).toBe('"two\nlines"');
  expect(quoteCsvCell('cr\rhere')).toBe('"cr\rhere"');
  const name = 'Smith, "Jo"\nline two';
  const rows = parseCsv(attemptsToCsv([makeAttempt()], [makeProfile({ name })]));
  expect(rows[1]?.[0]).toBe(name);
  expect(rows[1]).toHaveLength(rows[0]!.length);
});

it('defuses cells a spreadsheet would run as formulas', () => {
  for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
    expect(defuseFormula(text)).toBe(`'${text}`);
  }
  expect(defuseFormula('Ada')).toBe('Ada');
  const evil = '=HYPERLINK("http://x","click"),1';
  const rows = parseCsv(attemptsToCsv([makeAttempt()], [makeProfile({ name: evil })]));
  expect(rows[1]?.[0]).toBe(`'${evil}`);
});

it('leaves numbers alone, includes a BOM only when asked, and blanks unknown players', () => {
  const csv = attemptsToCsv([makeAttempt({ profileId: uuid(9) })], [], { excelBom: true });
  expect(csv.startsWith('\uFEFFplayer,')).toBe(true);
  expect(parseCsv(csv.slice(1))[1]?.[0]).toBe('');
  expect(attemptsToCsv([], [])).toBe(`${parseCsv(csv.slice(1))[0]?.join(',')}\r\n`);
});
