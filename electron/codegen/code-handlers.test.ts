import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../shared/request/draft';
import { testProfile } from '../providers/testing/send';
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
});
