/** The WHERE tree: groups joined by AND or OR (a nested group is a pair of parentheses) of typed conditions. */
import {
  entitiesInQuery,
  operatorTakesValue,
  operatorsFor,
  type Condition,
  type ConditionGroup,
  type Operator,
  type QueryModel,
} from '../../../../shared/providers/webcrm/sql/model';
import { findColumn, findEntity, type SqlColumn, type SqlSchema } from '../../../../shared/providers/webcrm/sql/schema';
import { addToGroup, newCondition, updateItem, withColumn, type TreePath } from './builder-edits';

export interface ConditionsEditorProps {
  readonly schema: SqlSchema;
  readonly model: QueryModel;
  /** Problems of the SQL writer by path (`where.0.1`). */
  readonly problems: ReadonlyMap<string, string>;
  readonly onChange: (model: QueryModel) => void;
}

const label = (path: TreePath) => path.map((i) => i + 1).join('.');

function ValueInput({
  column,
  condition,
  name,
  onValue,
}: {
  column: SqlColumn | undefined;
  condition: Condition;
  name: string;
  onValue: (value: string) => void;
}) {
  if (!operatorTakesValue(condition.operator)) return null;
  if (column?.type === 'enum' && (condition.operator === '=' || condition.operator === '<>')) {
    return (
      <select aria-label={`${name} value`} value={condition.value} onChange={(e) => onValue(e.target.value)}>
        {column.enum?.map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
    );
  }
  if (column?.type === 'boolean') {
    return (
      <select aria-label={`${name} value`} value={condition.value} onChange={(e) => onValue(e.target.value)}>
        <option value="true">true (1)</option>
        <option value="false">false (0)</option>
      </select>
    );
  }
  const placeholder =
    column?.type === 'datetime'
      ? '2019-09-01T12:48:51'
      : column?.custom
        ? 'Yes / No, or exact list value'
        : column?.type === 'integer' || column?.type === 'number'
          ? '0'
          : 'value';
  const listId = column?.custom ? 'crm-checkbox-values' : undefined;
  return (
    <input
      aria-label={`${name} value`}
      className="crm-value"
      placeholder={placeholder}
      list={listId}
      value={condition.value}
      inputMode={column?.type === 'integer' || column?.type === 'number' ? 'decimal' : undefined}
      onChange={(e) => onValue(e.target.value)}
    />
  );
}

export function ConditionsEditor({ schema, model, problems, onChange }: ConditionsEditorProps) {
  const present = entitiesInQuery(model);
  const edit = (path: TreePath, change: (item: Condition | ConditionGroup) => Condition | ConditionGroup | null) =>
    onChange(updateItem(model, path, change));

  const renderCondition = (condition: Condition, path: TreePath) => {
    const name = `Condition ${label(path)}`;
    const owner = findEntity(schema, condition.column.entity);
    const column = owner ? findColumn(owner, condition.column.column) : undefined;
    const problem = problems.get(['where', ...path].join('.'));
    return (
      <li key={path.join('.')} className={`crm-condition${problem ? ' has-problem' : ''}`}>
        <select
          aria-label={`${name} column`}
          value={`${condition.column.entity}.${condition.column.column}`}
          onChange={(e) => {
            const [entity = '', columnName = ''] = e.target.value.split('.');
            edit(path, (item) =>
              item.kind === 'condition' ? withColumn(item, { entity, column: columnName }, schema) : item,
            );
          }}
        >
          {present.map((entityName) => (
            <optgroup key={entityName} label={entityName}>
              {(findEntity(schema, entityName)?.columns ?? []).map((c) => (
                <option
                  key={c.name}
                  value={`${entityName}.${c.name}`}
                >{`${c.name} (${c.custom ? 'custom' : c.type})`}</option>
              ))}
            </optgroup>
          ))}
        </select>
        <select
          aria-label={`${name} operator`}
          value={condition.operator}
          onChange={(e) =>
            edit(path, (item) => (item.kind === 'condition' ? { ...item, operator: e.target.value as Operator } : item))
          }
        >
          {(column ? operatorsFor(column) : []).map((operator) => (
            <option key={operator}>{operator}</option>
          ))}
        </select>
        <ValueInput
          column={column}
          condition={condition}
          name={name}
          onValue={(value) => edit(path, (item) => (item.kind === 'condition' ? { ...item, value } : item))}
        />
        <button type="button" aria-label={`Remove ${name.toLowerCase()}`} onClick={() => edit(path, () => null)}>
          ✕
        </button>
        {problem ? (
          <span className="crm-problem" role="alert">
            {problem}
          </span>
        ) : null}
      </li>
    );
  };

  const renderGroup = (group: ConditionGroup, path: TreePath): React.ReactNode => {
    const name = path.length === 0 ? 'conditions' : `group ${label(path)}`;
    const setJoin = (join: 'AND' | 'OR') =>
      path.length === 0
        ? onChange({ ...model, where: { ...model.where, join } })
        : edit(path, (item) => (item.kind === 'group' ? { ...item, join } : item));
    return (
      <div className={path.length === 0 ? 'crm-group crm-group-root' : 'crm-group'} role="group" aria-label={name}>
        {group.items.length > 1 || path.length > 0 ? (
          <div className="crm-group-head">
            <span className="crm-muted">{path.length === 0 ? 'Match' : '('}</span>
            <div className="crm-segmented" role="radiogroup" aria-label={`Join ${name} with`}>
              {(['AND', 'OR'] as const).map((join) => (
                <button
                  key={join}
                  type="button"
                  role="radio"
                  aria-checked={group.join === join}
                  onClick={() => setJoin(join)}
                >
                  {join === 'AND' ? 'all (AND)' : 'any (OR)'}
                </button>
              ))}
            </div>
            {path.length > 0 ? (
              <button type="button" aria-label={`Remove ${name}`} onClick={() => edit(path, () => null)}>
                ✕
              </button>
            ) : null}
          </div>
        ) : null}
        <ul className="crm-list">
          {group.items.map((item, index) =>
            item.kind === 'condition' ? (
              renderCondition(item, [...path, index])
            ) : (
              <li key={[...path, index].join('.')}>{renderGroup(item, [...path, index])}</li>
            ),
          )}
        </ul>
        <div className="crm-actions">
          <button type="button" onClick={() => onChange(addToGroup(model, path, newCondition(model, schema)))}>
            + Condition{path.length > 0 ? ` in group ${label(path)}` : ''}
          </button>
          {path.length < 3 ? (
            <button
              type="button"
              onClick={() =>
                onChange(
                  addToGroup(model, path, { kind: 'group', join: group.join === 'AND' ? 'OR' : 'AND', items: [] }),
                )
              }
            >
              + Group ( … ){path.length > 0 ? ` in group ${label(path)}` : ''}
            </button>
          ) : null}
        </div>
      </div>
    );
  };

  return (
    <fieldset className="crm-block">
      <legend>Conditions (WHERE)</legend>
      <datalist id="crm-checkbox-values">
        <option value="Yes" />
        <option value="No" />
      </datalist>
      {renderGroup(model.where, [])}
      <p className="crm-muted crm-help">
        Dates as ISO (2019-09-01T12:48:51). Checkbox custom fields take Yes or No; list values must match exactly
        (case-sensitive).
      </p>
    </fieldset>
  );
}
