import { describe, expect, it } from 'vitest';
import { emptyDraft } from './draft';
import { buildPlainRequest } from './build-plain';

describe('plain request bodies', () => {
  it('leave out the form rows the user unticked, and say nothing of the mark', () => {
    const draft = {
      ...emptyDraft('http'),
      method: 'POST' as const,
      url: 'http://127.0.0.1:9/form',
      body: {
        kind: 'form' as const,
        fields: [
          { name: 'keep', value: '1' },
          { name: 'drop', value: '2', enabled: false },
        ],
      },
    };
    const built = buildPlainRequest(draft, '');
    expect(built.ok && built.request.body).toEqual({ kind: 'form', fields: [{ name: 'keep', value: '1' }] });
  });

  it('keep file parts of a multipart body and drop its unticked text fields', () => {
    const draft = {
      ...emptyDraft('http'),
      method: 'POST' as const,
      url: 'http://127.0.0.1:9/upload',
      body: {
        kind: 'multipart' as const,
        parts: [
          { name: 'note', value: 'hi', enabled: false },
          { name: 'file', filePath: 'parley-file:1:a.txt' },
        ],
      },
    };
    const built = buildPlainRequest(draft, '');
    expect(built.ok && built.request.body).toEqual({
      kind: 'multipart',
      parts: [{ name: 'file', filePath: 'parley-file:1:a.txt' }],
    });
  });
});
