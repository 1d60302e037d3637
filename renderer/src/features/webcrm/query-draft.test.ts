import { describe, expect, it } from 'vitest';
import { queryTitle, selectedColumns, withDefaultSize } from './query-draft';

describe('queryTitle: the name a saved query gets', () => {
  it('names the tables in the order the query reads them, each once', () => {
    expect(
      queryTitle(
        'SELECT * FROM Person JOIN Organisation ON (Person.PersonOrganisationId = Organisation.OrganisationId) JOIN Person p2 ON 1 = 1',
      ),
    ).toBe('Query: Person + Organisation');
  });

  it('ignores FROM inside strings and comments, and keeps [bracketed] names', () => {
    expect(queryTitle("-- FROM Nowhere\nSELECT 'from Delivery' AS x FROM [Activity] /* JOIN Product */")).toBe(
      'Query: Activity',
    );
  });

  it('has no title for a script without tables', () => {
    expect(queryTitle('')).toBeNull();
    expect(queryTitle('SELECT 1')).toBeNull();
  });
});

describe('the columns a query selects', () => {
  it('are named as the result names them, so an empty result still has its headers', () => {
    expect(selectedColumns('SELECT Person.PersonId, [Person].[PersonFirstName] FROM Person WHERE 1 = 0')).toEqual([
      'PersonId',
      'PersonFirstName',
    ]);
    expect(selectedColumns('SELECT COUNT(*) AS Persons, MAX(PersonId) Highest FROM Person')).toEqual([
      'Persons',
      'Highest',
    ]);
  });

  it('are unknown for * and for text that is not a SELECT', () => {
    expect(selectedColumns('SELECT * FROM Person')).toEqual([]);
    expect(selectedColumns("UPDATE Person SET PersonFirstName = 'x'")).toEqual([]);
  });
});

describe('a query opened in the builder', () => {
  it('carries the page size the builder shows, and keeps one already set', () => {
    expect(withDefaultSize({ endpointId: 'QueriesGet', params: {} }).params).toEqual({ Size: 50 });
    expect(withDefaultSize({ endpointId: 'QueriesGet', params: { Size: 1000 } }).params).toEqual({ Size: 1000 });
  });
});
