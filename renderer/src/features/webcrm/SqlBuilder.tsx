/**
 * The webCRM SQL builder: a visual builder and a Monaco SQL editor over one /Queries draft, kept in sync
 * both ways. The draft's script is the single source of truth; the builder re-reads it whenever it
 * changes from elsewhere (the editor, a saved request), and says so when SQL is beyond what it can show.
 */
import { useMemo, useState } from 'react';
import type { ProviderDraft } from '../../../../shared/providers/types';
import { sqlToModel } from '../../../../shared/providers/webcrm/sql/from-sql';
import { emptyQuery, type QueryModel } from '../../../../shared/providers/webcrm/sql/model';
import { webcrmSqlSchema as schema } from '../../../../shared/providers/webcrm/sql/schema';
import { modelToSql } from '../../../../shared/providers/webcrm/sql/to-sql';
import { validateSql } from '../../../../shared/providers/webcrm/sql/validate';
import { addJoin, changeEntity, removeJoin, toggleColumn } from './builder-edits';
import { ColumnPicker } from './ColumnPicker';
import { ConditionsEditor } from './ConditionsEditor';
import { JoinsEditor } from './JoinsEditor';
import { numberParam, QUERIES_ENDPOINT, scriptOf, withPaging, withScript } from './query-draft';
import { PagingFields, SortPaging } from './SortPaging';
import { SqlEditor } from './SqlEditor';
import './sql-builder.css';

export interface SqlBuilderProps {
  readonly draft: ProviderDraft;
  readonly onChange: (draft: ProviderDraft) => void;
}

interface BuilderState {
  /** The script this state was made from or wrote. */
  readonly script: string;
  readonly model: QueryModel | null;
  /** Why the builder cannot show the script (a hand-written query). */
  readonly reason: string | null;
}

function fromScript(script: string): BuilderState {
  if (script.trim() === '') return { script, model: null, reason: null };
  const parsed = sqlToModel(script, schema);
  return parsed.ok ? { script, model: parsed.model, reason: null } : { script, model: null, reason: parsed.reason };
}

export default function SqlBuilder({ draft, onChange }: SqlBuilderProps) {
  const script = scriptOf(draft);
  const [state, setState] = useState<BuilderState>(() => fromScript(script));
  // The script changed outside the builder: read it again (React's "adjust state on prop change").
  if (state.script !== script) setState(fromScript(script));

  const problems = useMemo(() => (script.trim() ? validateSql(script, schema) : []), [script]);
  const built = useMemo(() => (state.model ? modelToSql(state.model, schema) : null), [state.model]);
  const buildProblems = useMemo(() => new Map((built?.problems ?? []).map((p) => [p.path, p.message])), [built]);

  const commit = (model: QueryModel) => {
    const sql = modelToSql(model, schema).sql;
    setState({ script: sql, model, reason: null });
    onChange(withScript(draft, sql));
  };
  const model = state.model;

  return (
    <div className="crm-builder">
      {draft.endpointId !== QUERIES_ENDPOINT ? (
        <p className="crm-note" role="note">
          The SQL builder writes a GET /Queries request: building here switches this tab to it.
        </p>
      ) : null}
      {state.reason ? (
        <div className="crm-note crm-note-warn" role="status" data-testid="hand-written">
          <span>
            The builder is showing a hand-written query it cannot represent ({state.reason}). Edit the SQL below, or
          </span>
          <button type="button" onClick={() => commit(emptyQuery('Person'))}>
            start over in the builder
          </button>
        </div>
      ) : null}
      <div className="crm-builder-grid">
        <ColumnPicker
          schema={schema}
          model={model}
          onEntity={(entity) => commit(model ? changeEntity(model, entity) : emptyQuery(entity))}
          onToggle={(ref) => model && commit(toggleColumn(model, ref))}
          onClear={() => model && commit({ ...model, columns: [] })}
        />
        {model ? (
          <div className="crm-builder-side">
            <JoinsEditor
              schema={schema}
              model={model}
              onAdd={(key) => commit(addJoin(model, key))}
              onRemove={(index) => commit(removeJoin(model, index))}
            />
            <ConditionsEditor schema={schema} model={model} problems={buildProblems} onChange={commit} />
            <SortPaging
              schema={schema}
              model={model}
              page={numberParam(draft, 'Page')}
              size={numberParam(draft, 'Size')}
              onModel={commit}
              onPaging={(name, value) => onChange(withPaging(draft, name, value))}
            />
          </div>
        ) : (
          <fieldset className="crm-block">
            <legend>Page</legend>
            <PagingFields
              page={numberParam(draft, 'Page')}
              size={numberParam(draft, 'Size')}
              onPaging={(name, value) => onChange(withPaging(draft, name, value))}
            />
          </fieldset>
        )}
      </div>
      <SqlEditor value={script} problems={problems} onChange={(next) => onChange(withScript(draft, next))} />
    </div>
  );
}
