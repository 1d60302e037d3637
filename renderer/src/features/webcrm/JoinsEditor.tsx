/** Joins offered from the known keys (Person.PersonOrganisationId = Organisation.OrganisationId…). */
import { entitiesInQuery, type QueryModel } from '../../../../shared/providers/webcrm/sql/model';
import { joinableKeys, type JoinKey, type SqlSchema } from '../../../../shared/providers/webcrm/sql/schema';

const keyText = (key: JoinKey) => `${key.from.entity}.${key.from.column} = ${key.to.entity}.${key.to.column}`;

export interface JoinsEditorProps {
  readonly schema: SqlSchema;
  readonly model: QueryModel;
  readonly onAdd: (key: JoinKey) => void;
  readonly onRemove: (index: number) => void;
}

export function JoinsEditor({ schema, model, onAdd, onRemove }: JoinsEditorProps) {
  const present = entitiesInQuery(model);
  const offers = joinableKeys(schema, present);
  return (
    <fieldset className="crm-block">
      <legend>Joins</legend>
      {model.joins.length === 0 ? <p className="crm-muted">No joins: rows of {model.entity} only.</p> : null}
      <ul className="crm-list">
        {model.joins.map((join, index) => {
          const added = entitiesInQuery({ entity: model.entity, joins: model.joins.slice(0, index) }).includes(
            join.from.entity,
          )
            ? join.to.entity
            : join.from.entity;
          return (
            <li key={keyText(join)}>
              <span>
                JOIN <strong>{added}</strong> ON <span className="crm-mono">{keyText(join)}</span>
              </span>
              <button type="button" aria-label={`Remove join ${added}`} onClick={() => onRemove(index)}>
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      {offers.length > 0 ? (
        <label className="crm-field">
          <span>Add a join</span>
          <select
            aria-label="Add a join"
            value=""
            onChange={(e) => {
              const key = offers[Number(e.target.value)];
              if (key) onAdd(key);
            }}
          >
            <option value="">Join a related table…</option>
            {offers.map((key, index) => {
              const target = present.includes(key.from.entity) ? key.to.entity : key.from.entity;
              return <option key={keyText(key)} value={index}>{`${target} — ${keyText(key)}`}</option>;
            })}
          </select>
        </label>
      ) : null}
    </fieldset>
  );
}
