import { describe, expect, it } from 'vitest';
import { columnsOf, filterRows, rowsFromBody, sortRows, toCsv } from './grid-data';

const rows = [
  { PersonName: 'Zoë Ødegård', OrganisationName: 'Nimbus Cloud', PersonId: 10 },
  { PersonName: "Siobhán O'Brien", OrganisationName: 'Nordlys Energi AS', PersonId: 2 },
  { PersonName: 'Anna "AJ" Jensen, jr.', OrganisationName: null, PersonId: 33 },
];

describe('results grid data', () => {
  it('sorts numbers as numbers and text by locale, both ways, empty cells first', () => {
    expect(sortRows(rows, { column: 'PersonId', direction: 'asc' }).map((r) => r.PersonId)).toEqual([2, 10, 33]);
    expect(sortRows(rows, { column: 'PersonName', direction: 'desc' }).map((r) => r.PersonId)).toEqual([10, 2, 33]);
    expect(sortRows(rows, { column: 'OrganisationName', direction: 'asc' }).map((r) => r.PersonId)).toEqual([
      33, 10, 2,
    ]);
  });

  it('filters per column, case-insensitively and with unicode', () => {
    expect(filterRows(rows, { PersonName: 'øDE' }).map((r) => r.PersonId)).toEqual([10]);
    expect(filterRows(rows, { OrganisationName: 'n', PersonName: "o'b" }).map((r) => r.PersonId)).toEqual([2]);
  });

  it('exports CSV that a spreadsheet reads back to the same cells', () => {
    expect(toCsv(columnsOf(rows), rows)).toBe(
      'PersonName,OrganisationName,PersonId\r\nZoë Ødegård,Nimbus Cloud,10\r\nSiobhán O\'Brien,Nordlys Energi AS,2\r\n"Anna ""AJ"" Jensen, jr.",,33\r\n',
    );
  });

  it('reads rows from a body only when it is an array of objects', () => {
    expect(rowsFromBody('[{"a":1}]')).toEqual([{ a: 1 }]);
    expect(rowsFromBody('{"Message":"x"}')).toBeNull();
    expect(rowsFromBody('not json')).toBeNull();
  });
});
