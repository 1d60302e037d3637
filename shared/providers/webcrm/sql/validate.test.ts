import { describe, expect, it } from 'vitest';
import { webcrmSqlSchema as schema } from './schema';
import { validateSql } from './validate';

describe('webCRM SQL validation before sending', () => {
  it.each([
    ["insert into Person (PersonFirstName) values ('x')"],
    ["InSeRt INTO Person (PersonFirstName) VALUES ('x')"],
    ['/* harmless */ -- still harmless\n INSERT INTO Person (PersonId) VALUES (1)'],
    ['SELECT * FROM Person; INSERT INTO Person (PersonId) VALUES (1)'],
  ])('refuses INSERT with a clear reason: %s', (sql) => {
    const problems = validateSql(sql, schema);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe("INSERT is not allowed: webCRM's /Queries runs any SQL except INSERT.");
    expect(sql.slice(problems[0]?.start, problems[0]?.end).toUpperCase()).toBe('INSERT');
  });

  it('accepts INSERT as a value or inside a comment', () => {
    expect(validateSql("SELECT * FROM Person WHERE PersonFirstName = 'insert' -- insert", schema)).toEqual([]);
  });

  it('flags a second statement', () => {
    const sql = 'SELECT * FROM Person; SELECT * FROM Organisation';
    const [problem] = validateSql(sql, schema);
    expect(problem?.message).toMatch(/One statement/);
    expect(problem?.start).toBe(sql.indexOf(';'));
  });

  it('flags unknown tables and columns at their position', () => {
    const sql = 'SELECT Person.PersonNickName, PersonFirstName FROM Person WHERE Person.PersonShoeSize = 3';
    const problems = validateSql(sql, schema);
    expect(problems.map((p) => p.message)).toEqual([
      'Person has no column PersonNickName',
      'Person has no column PersonShoeSize',
    ]);
    expect(problems.map((p) => sql.slice(p.start, p.end))).toEqual(['PersonNickName', 'PersonShoeSize']);
    const table = validateSql('SELECT * FROM Persons', schema)[0];
    expect(table?.message).toMatch(/^Unknown table Persons/);
    expect(table?.start).toBe(14);
  });

  it('points at a syntax error', () => {
    const [problem] = validateSql('SELECT * FRM Person', schema);
    expect(problem?.message).toBe('SQL syntax: Unexpected “FRM” after “*”: check the spelling here and just before');
    expect(problem?.start).toBe(9);
  });

  it("says in words what a half-typed query lacks, not the parser's list of every token it would take", () => {
    expect(validateSql('SELECT Person.', schema)[0]?.message).toBe(
      'SQL syntax: The script ends too early after “Person.”: a name, a value or a closing parenthesis is missing',
    );
    expect(validateSql("SELECT * FROM Person WHERE PersonName = 'abc", schema)[0]?.message).toBe(
      "SQL syntax: A string is not closed: end it with '",
    );
  });

  it('table names are case-insensitive, like webCRM', () => {
    expect(
      validateSql(
        'select * from person join organisation on (person.PersonOrganisationId = organisation.OrganisationId)',
        schema,
      ),
    ).toEqual([]);
  });
});
