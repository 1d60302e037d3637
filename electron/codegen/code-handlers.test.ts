import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../shared/request/draft';
import { testProfile } from '../providers/testing/send';
import { createFileGrants } from '../files/file-grants';
import { createCodeHandlers } from './code-handlers';

const profile = testProfile(
  'wbteampro',
  'https://crm.example.com',
  { username: 'admin', urlStyle: 'path', format: 'json' },
  ['password'],
);
const secret = `s3cr$t 'pw'`;
const call = { senderUrl: 'parley://app/' };
const draft = { ...emptyDraft('wbteampro'), profileId: profile.id, provider: { endpointId: 'getConfig', params: {} } };

function handlers() {
  const clipboard = { text: null as string | null, writeText: (text: string) => void (clipboard.text = text) };
  const created = createCodeHandlers({
    vault: { get: (id) => (id === profile.id ? profile : undefined), secretsFor: () => ({ password: secret }) },
    mocks: { resolveBaseUrl: async (url) => url },
    clipboard,
  });
  return { ...created, clipboard };
}

describe('code channels', () => {
  it('code.generate answers with placeholders and the variables to set, never the secret', async () => {
    const answer = await handlers()['code.generate']({ draft, target: 'php-curl' }, call);
    expect(answer.problems).toEqual([]);
    expect(answer.language).toBe('php');
    expect(answer.env.map((v) => v.name)).toEqual(['WBTEAMPRO_PASSWORD']);
    expect(answer.code).toContain("md5(getenv('WBTEAMPRO_PASSWORD'))");
    expect(JSON.stringify(answer)).not.toContain(secret);
  });

  it('code.copyWithSecrets writes the real values to the clipboard in main and returns none of them', async () => {
    const { clipboard, ...channels } = handlers();
    const answer = await channels['code.copyWithSecrets']({ draft, target: 'php-curl' }, call);
    expect(JSON.stringify(answer)).not.toContain(secret);
    expect(answer.characters).toBe(clipboard.text?.length);
    // The hash is computed in main: the snippet carries the MD5, not the password.
    expect(clipboard.text).toContain(createHash('md5').update(secret).digest('hex'));
    expect(clipboard.text).not.toContain('WBTEAMPRO_PASSWORD');
  });

  it('a draft without a profile is reported, not thrown', async () => {
    const answer = await handlers()['code.generate']({ draft: { ...draft, profileId: null }, target: 'curl' }, call);
    expect(answer.code).toBeNull();
    expect(answer.problems[0]?.message).toMatch(/profile/);
  });

  it('names a picked file by its path in the snippet, never by the window’s opaque token', async () => {
    const files = createFileGrants();
    const token = files.grant('/home/ada/reports/upload.bin');
    const plain = { ...emptyDraft('http'), method: 'POST' as const, url: 'https://api.example.com/upload' };
    const channels = createCodeHandlers({
      vault: { get: () => undefined, secretsFor: () => ({}) },
      mocks: { resolveBaseUrl: async (url) => url },
      clipboard: undefined,
      files,
    });
    const picked = await channels['code.generate'](
      { draft: { ...plain, body: { kind: 'file', path: token } }, target: 'curl' },
      call,
    );
    expect(picked.code).toContain('/home/ada/reports/upload.bin');
    expect(picked.code).not.toContain('parley-file:');
    // A token from an earlier session no longer resolves: the snippet names the file, for the user to fill in.
    const stale = await channels['code.generate'](
      {
        draft: {
          ...plain,
          body: { kind: 'multipart', parts: [{ name: 'doc', filePath: 'parley-file:00000000-0000:old.pdf' }] },
        },
        target: 'curl',
      },
      call,
    );
    expect(stale.code).toContain('old.pdf');
    expect(stale.code).not.toContain('parley-file:');
  });
});
