import type { BodySpec } from '../../../../shared/http/types';
import type { KeyValueRow } from '../../../../shared/request/draft';
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
        fields:
          body.kind === 'multipart'
            ? body.parts.filter((p) => 'value' in p).map((p) => ({ name: p.name, value: 'value' in p ? p.value : '' }))
            : [],
      };
    case 'multipart':
      return { kind, parts: body.kind === 'form' ? body.fields : [] };
    case 'file':
      return { kind, path: '' };
  }
}

const rowsOf = (fields: readonly { name: string; value: string }[]): KeyValueRow[] =>
  fields.map((f) => ({ ...f, enabled: true }));

/** The plain-HTTP body: JSON and text in the code editor, form fields as rows, a file by path. */
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
              fields: rows.filter((r) => r.enabled).map(({ name, value }) => ({ name, value })),
            })
          }
        />
      ) : null}
      {body.kind === 'multipart' ? (
        <>
          <KeyValueEditor
            label="Multipart field"
            namePlaceholder="field"
            rows={rowsOf(
              body.parts.filter((p) => 'value' in p).map((p) => ({ name: p.name, value: 'value' in p ? p.value : '' })),
            )}
            onChange={(rows) =>
              onChange({
                kind: 'multipart',
                parts: [
                  ...rows.map(({ name, value }) => ({ name, value })),
                  ...body.parts.filter((p) => 'filePath' in p),
                ],
              })
            }
          />
          <p className="muted">
            Files: add a field whose value is <code>@/path/to/file</code> in the headless CLI, or use File for a
            whole-body upload.
          </p>
        </>
      ) : null}
      {body.kind === 'file' ? (
        <label className="inline-label">
          File path
          <input
            value={body.path}
            placeholder="/home/me/upload.bin"
            onChange={(e) => onChange({ ...body, path: e.target.value })}
          />
        </label>
      ) : null}
      {body.kind === 'none' ? <p className="empty-state">This request has no body.</p> : null}
    </div>
  );
}
