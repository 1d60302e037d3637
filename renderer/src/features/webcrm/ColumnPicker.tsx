/** Entity picker and the searchable list of columns (with their types) of every table in the query. */
import { useState } from 'react';
import { entitiesInQuery, type QueryModel } from '../../../../shared/providers/webcrm/sql/model';
import { findEntity, type ColumnRef, type SqlSchema } from '../../../../shared/providers/webcrm/sql/schema';

export interface ColumnPickerProps {
  readonly schema: SqlSchema;
  readonly model: QueryModel | null;
  readonly onEntity: (entity: string) => void;
  readonly onToggle: (ref: ColumnRef) => void;
  readonly onClear: () => void;
}

export function ColumnPicker({ schema, model, onEntity, onToggle, onClear }: ColumnPickerProps) {
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const present = model ? entitiesInQuery(model) : [];
  const selected = new Set(model?.columns.map((c) => `${c.entity}.${c.column}`) ?? []);

  return (
    <fieldset className="crm-block">
      <legend>Table and columns</legend>
      <label className="crm-field">
        <span>Table</span>
        <select aria-label="Table" value={model?.entity ?? ''} onChange={(e) => onEntity(e.target.value)}>
          {model ? null : <option value="">Choose a table…</option>}
          {schema.entities.map((entity) => (
            <option key={entity.name} value={entity.name}>
              {entity.name}
            </option>
          ))}
        </select>
      </label>
      {model ? (
        <>
          <div className="crm-columns-head">
            <input
              type="search"
              aria-label="Search columns"
              placeholder={`Search ${present.reduce((n, name) => n + (findEntity(schema, name)?.columns.length ?? 0), 0)} columns…`}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <span className="crm-muted" data-testid="columns-selected">
              {selected.size === 0 ? 'All columns (*)' : `${selected.size} selected`}
            </span>
            {selected.size > 0 ? (
              <button type="button" onClick={onClear}>
                All columns
              </button>
            ) : null}
          </div>
          <div className="crm-columns" role="group" aria-label="Columns">
            {present.map((name) => {
              const entity = findEntity(schema, name);
              const columns = (entity?.columns ?? []).filter(
                (c) => !needle || c.name.toLowerCase().includes(needle) || c.type.includes(needle),
              );
              if (columns.length === 0) return null;
              return (
                <div key={name} className="crm-columns-entity">
                  {present.length > 1 ? <div className="crm-columns-title">{name}</div> : null}
                  {columns.map((column) => {
                    const id = `${name}.${column.name}`;
                    return (
                      <label
                        key={id}
                        className="crm-column"
                        title={column.description ?? (column.enum ? column.enum.join(' | ') : undefined)}
                      >
                        <input
                          type="checkbox"
                          checked={selected.has(id)}
                          onChange={() => onToggle({ entity: name, column: column.name })}
                          aria-label={`Column ${id}`}
                        />
                        <span className="crm-mono">{column.name}</span>
                        <span className={`crm-type crm-type-${column.type}`}>
                          {column.custom ? 'custom' : column.type}
                        </span>
                      </label>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
