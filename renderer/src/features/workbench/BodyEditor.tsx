import type { BodySpec } from '../../../../shared/http/types';
import type { KeyValueRow } from '../../../../shared/request/draft';
import { invoke } from '../../ipc/client';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { KeyValueEditor } from './KeyValueEditor';

interface BodyEditorProps {
  readonly tabId: string;
  readonly body: BodySpec;
  readonly onChange: (body: BodySpec) => void;
  readonly theme: 'light' | 'dark';
}

const kinds: { value: BodySpec['kind']; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'json', label: 'JSON' },
  { value: 'text', label: 'Text' },
  { value: 'form', label: 'Form (urlencoded)' },
  { value: 'multipart', label: 'Multipart' },
  { value: 'file', label: 'File' },
];

function switchKind(body: BodySpec, kind: BodySpec['kind']): BodySpec {
  const text = body.kind === 'json' || body.kind === 'text' ? body.text : '';
  switch (kind) {
    case 'none':
      return { kind };
    case 'json':
    case 'text':
      return { kind, text };
    case 'form':
      return {
        kind,
        fields: body.kind === 'multipart' ? body.parts.flatMap((p) => ('value' in p ? [p] : [])) : [],
      };
    case 'multipart':
      return { kind, parts: body.kind === 'form' ? body.fields : [] };
    case 'file':
      return { kind, path: '' };
  }
}

/** Main's open dialog: the body holds the token it returns, never a path typed here. */
const pickFile = () => invoke('files.pick', {});

/** The file name a picked-file token carries (`parley-file:<id>:<name>`). */
const pickedName = (token: string) => token.split(':').slice(2).join(':') || token;

type FormField = { name: string; value: string; enabled?: boolean };

const rowsOf = (fields: readonly FormField[]): KeyValueRow[] =>
  fields.map((f) => ({ name: f.name, value: f.value, enabled: f.enabled !== false }));

/** Rows back to fields: an unticked row stays, marked, as header and query rows do (build-plain skips it). */
const fieldsOf = (rows: readonly KeyValueRow[]): FormField[] =>
  rows.map(({ name, value, enabled }) => (enabled ? { name, value } : { name, value, enabled: false }));

/** The plain-HTTP body: JSON and text in the code editor, form fields as rows, files picked in main's dialog. */
export function BodyEditor({ tabId, body, onChange, theme }: BodyEditorProps) {
  return (
    <div className="body-editor">
      <label className="inline-label">
        Body
        <select value={body.kind} onChange={(e) => onChange(switchKind(body, e.target.value as BodySpec['kind']))}>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {body.kind === 'json' || body.kind === 'text' ? (
        <div className="raw-editor">
          <LazyCodeEditor
            path={`body-${tabId}.${body.kind === 'json' ? 'json' : 'txt'}`}
            value={body.text}
            language={body.kind === 'json' ? 'json' : 'plaintext'}
            theme={theme}
            ariaLabel="Request body"
            onChange={(text) => onChange({ ...body, text })}
          />
        </div>
      ) : null}
      {body.kind === 'form' ? (
        <KeyValueEditor
          label="Form field"
          namePlaceholder="field"
          rows={rowsOf(body.fields)}
          onChange={(rows) =>
            onChange({
              kind: 'form',
              fields: fieldsOf(rows),
            })
          }
        />
      ) : null}
      {body.kind === 'multipart' ? (
        <>
          <KeyValueEditor
            label="Multipart field"
            namePlaceholder="field"
            rows={rowsOf(body.parts.flatMap((p) => ('value' in p ? [p] : [])))}
            onChange={(rows) =>
              onChange({
                kind: 'multipart',
                parts: [...fieldsOf(rows), ...body.parts.filter((p) => 'filePath' in p)],
              })
            }
          />
          <ul className="file-parts" aria-label="Multipart files">
            {body.parts.map((part, index) =>
              'filePath' in part ? (
                <li key={`${part.filePath}-${index}`}>
                  <span>
                    {part.name}: {part.fileName ?? pickedName(part.filePath)}
                  </span>{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => onChange({ kind: 'multipart', parts: body.parts.filter((p) => p !== part) })}
                  >
                    Remove
                  </button>
                </li>
              ) : null,
            )}
          </ul>
          <button
            type="button"
            onClick={() =>
              void pickFile().then(
                (picked) =>
                  picked &&
                  onChange({
                    kind: 'multipart',
                    parts: [...body.parts, { name: 'file', filePath: picked.token, fileName: picked.name }],
                  }),
              )
            }
          >
            Add file…
          </button>
        </>
      ) : null}
      {body.kind === 'file' ? (
        <p className="inline-label">
          <span>{body.path ? `File: ${pickedName(body.path)}` : 'No file chosen.'}</span>{' '}
          <button
            type="button"
            onClick={() => void pickFile().then((picked) => picked && onChange({ ...body, path: picked.token }))}
          >
            Choose file…
          </button>
        </p>
      ) : null}
      {body.kind === 'none' ? <p className="empty-state">This request has no body.</p> : null}
    </div>
  );
}
