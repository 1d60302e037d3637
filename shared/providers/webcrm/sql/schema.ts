/**
 * The tables /Queries knows, derived from the OpenAPI document's DTOs: an entity per `<Entity>Dto` whose
 * primary key is `<Entity>Id`, its columns the DTO's scalar properties, and the join keys implied by the
 * naming convention (`Person.PersonOrganisationId` → `Organisation.OrganisationId`).
 */
import type { DigestProperty, OpenApiDigest } from '../openapi/digest';
import { webcrmOpenApi } from '../openapi/digest.generated';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'enum';

export interface SqlColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly enum?: readonly string[];
  /** Custom and plus fields: free text whose rules are set in webCRM (checkbox "Yes"/"No", exact-case lists). */
  readonly custom: boolean;
  readonly description?: string;
}

export interface SqlEntity {
  readonly name: string;
  readonly primaryKey: string;
  readonly columns: readonly SqlColumn[];
}

export interface ColumnRef {
  readonly entity: string;
  readonly column: string;
}

/** `from` holds the foreign key, `to` the primary key it points at. */
export interface JoinKey {
  readonly from: ColumnRef;
  readonly to: ColumnRef;
}

export interface SqlSchema {
  readonly entities: readonly SqlEntity[];
  readonly joinKeys: readonly JoinKey[];
}

// DTOs whose table name does not follow `<Entity>Dto` with key `<Entity>Id`.
const tableAliases: Readonly<Record<string, string>> = {
  LinkedDataItemDto: 'LinkedData',
  SupportCaseEmailDto: 'EmailSupport',
};

function columnType(property: DigestProperty): ColumnType | null {
  if (property.enum) return 'enum';
  switch (property.type) {
    case 'string':
      return property.format === 'date-time' || property.format === 'date' ? 'datetime' : 'string';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return null; // objects and arrays are not columns
  }
}

const customPattern = /(Custom\d+|Plus\d+|ExtraCustom\d+|^OrganisationX(Text|Int|Date|Memo))$/;

export function schemaFromDigest(digest: OpenApiDigest): SqlSchema {
  const entities: SqlEntity[] = [];
  for (const [dtoName, definition] of Object.entries(digest.definitions)) {
    const base = dtoName.replace(/Dto$/, '');
    const primaryKey =
      definition.required.find((key) => key === `${base}Id`) ??
      (tableAliases[dtoName] ? definition.required.find((key) => key.endsWith('Id')) : undefined);
    if (!dtoName.endsWith('Dto') || base.endsWith('Hook') || !primaryKey) continue;
    const columns: SqlColumn[] = [];
    for (const [name, property] of Object.entries(definition.properties)) {
      const type = columnType(property);
      if (!type) continue;
      columns.push({
        name,
        type,
        enum: property.enum,
        custom: customPattern.test(name),
        description: property.description,
      });
    }
    entities.push({ name: tableAliases[dtoName] ?? base, primaryKey, columns });
  }
  // Longest names first, so PersonB2COrganisationId is read as PersonB2C + Organisation.
  const byLength = [...entities].sort((a, b) => b.name.length - a.name.length);
  const joinKeys: JoinKey[] = [];
  for (const entity of entities) {
    const prefix = entity.primaryKey.slice(0, -2);
    for (const column of entity.columns) {
      if (column.name === entity.primaryKey || !column.name.startsWith(prefix) || column.type !== 'integer') continue;
      const rest = column.name.slice(prefix.length).replace(/\d?Id$/, '');
      if (!column.name.endsWith('Id') || rest === '') continue;
      const target = byLength.find((candidate) => candidate.name === rest && candidate !== entity);
      if (target)
        joinKeys.push({
          from: { entity: entity.name, column: column.name },
          to: { entity: target.name, column: target.primaryKey },
        });
    }
  }
  return { entities, joinKeys };
}

export const webcrmSqlSchema: SqlSchema = schemaFromDigest(webcrmOpenApi);

/** Table names are case-insensitive in webCRM. */
export function findEntity(schema: SqlSchema, name: string): SqlEntity | undefined {
  const lower = name.toLowerCase();
  return schema.entities.find((entity) => entity.name.toLowerCase() === lower);
}

export function findColumn(entity: SqlEntity, name: string): SqlColumn | undefined {
  const lower = name.toLowerCase();
  return entity.columns.find((column) => column.name.toLowerCase() === lower);
}

/** Keys that join one of `present` to an entity not yet in the query, either direction. */
export function joinableKeys(schema: SqlSchema, present: readonly string[]): JoinKey[] {
  return schema.joinKeys.filter((key) => present.includes(key.from.entity) !== present.includes(key.to.entity));
}
