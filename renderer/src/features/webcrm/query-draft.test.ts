import { describe, expect, it } from 'vitest';
import { queryTitle } from './query-draft';

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
