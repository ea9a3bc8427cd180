import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv({
      columns: ['Story', 'Views'],
      rows: [
        ['Plain', 3],
        ['Rates, "held"', 12],
        ['=HYPERLINK("x")', 1],
        ['-5 degrees', 2],
      ],
    });
    expect(csv).toBe(
      'Story,Views\r\nPlain,3\r\n"Rates, ""held""",12\r\n"\'=HYPERLINK(""x"")",1\r\n\'-5 degrees,2\r\n',
    );
  });
});
