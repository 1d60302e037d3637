/** ORDER BY keys, and the Page/Size parameters that travel next to the script. */
import { entitiesInQuery, type QueryModel, type SortKey } from '../../../../shared/providers/webcrm/sql/model';
import { findEntity, type SqlSchema } from '../../../../shared/providers/webcrm/sql/schema';
import { DEFAULT_SIZE, pagingProblem } from './query-draft';

export interface SortPagingProps {
  readonly schema: SqlSchema;
  readonly model: QueryModel;
  readonly page: string;
  readonly size: string;
  readonly onModel: (model: QueryModel) => void;
  readonly onPaging: (name: 'Page' | 'Size', value: string) => void;
}

export function SortPaging({ schema, model, page, size, onModel, onPaging }: SortPagingProps) {
  const present = entitiesInQuery(model);
  const setKey = (index: number, key: SortKey | null) =>
    onModel({
      ...model,
      orderBy: key ? model.orderBy.map((k, i) => (i === index ? key : k)) : model.orderBy.filter((_, i) => i !== index),
    });
  const firstColumn =
    findEntity(schema, model.entity)?.columns.find((c) => c.name === `${model.entity}Name`) ??
    findEntity(schema, model.entity)?.columns[0];

  return (
    <fieldset className="crm-block">
      <legend>Sort and page</legend>
      <ol className="crm-list">
        {model.orderBy.map((key, index) => (
          <li key={index} className="crm-condition">
            <select
              aria-label={`Sort ${index + 1} column`}
              value={`${key.column.entity}.${key.column.column}`}
              onChange={(e) => {
                const [entity = '', column = ''] = e.target.value.split('.');
                setKey(index, { ...key, column: { entity, column } });
              }}
            >
              {present.map((entityName) => (
                <optgroup key={entityName} label={entityName}>
                  {(findEntity(schema, entityName)?.columns ?? []).map((c) => (
                    <option key={c.name} value={`${entityName}.${c.name}`}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <select
              aria-label={`Sort ${index + 1} direction`}
              value={key.direction}
              onChange={(e) => setKey(index, { ...key, direction: e.target.value === 'DESC' ? 'DESC' : 'ASC' })}
            >
              <option value="ASC">ascending</option>
              <option value="DESC">descending</option>
            </select>
            <button type="button" aria-label={`Remove sort ${index + 1}`} onClick={() => setKey(index, null)}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <div className="crm-actions">
        <button
          type="button"
          disabled={!firstColumn}
          onClick={() =>
            firstColumn &&
            onModel({
              ...model,
              orderBy: [
                ...model.orderBy,
                { column: { entity: model.entity, column: firstColumn.name }, direction: 'ASC' },
              ],
            })
          }
        >
          + Sort
        </button>
      </div>
      <PagingFields page={page} size={size} onPaging={onPaging} />
    </fieldset>
  );
}

export function PagingFields({ page, size, onPaging }: Pick<SortPagingProps, 'page' | 'size' | 'onPaging'>) {
  const problems = { Page: pagingProblem('Page', page), Size: pagingProblem('Size', size) };
  return (
    <div className="crm-paging">
      {(['Page', 'Size'] as const).map((name) => (
        <label key={name} className={`crm-field${problems[name] ? ' has-problem' : ''}`}>
          <span>{name}</span>
          <input
            aria-label={name}
            inputMode="numeric"
            placeholder={name === 'Page' ? '1' : String(DEFAULT_SIZE)}
            value={name === 'Page' ? page : size}
            onChange={(e) => onPaging(name, e.target.value)}
          />
          {problems[name] ? (
            <span className="crm-problem" role="alert">
              {problems[name]}
            </span>
          ) : null}
        </label>
      ))}
    </div>
  );
}
