/**
 * The process the kill loop SIGKILLs: it boots the real main services on a data folder and writes
 * profiles, settings and history as fast as it can, printing `ack <kind> <value>` after each write
 * the app has acknowledged (the call returned). Bundled and run by kill-loop.test.ts.
 */
import { bootMain } from '../../vault/vault-test-kit';

const [dataDir, keyHex, origin, round] = process.argv.slice(2);
if (!dataDir || !keyHex || !origin || !round) throw new Error('usage: kill-child <dataDir> <keyHex> <origin> <round>');

const main = bootMain(dataDir, Buffer.from(keyHex, 'hex'));
const ack = (kind: string, value: string) => process.stdout.write(`ack ${kind} ${value}\n`);

async function writeForever(): Promise<void> {
  process.stdout.write('ready\n');
  for (let n = 0; ; n += 1) {
    const name = `r${round}-p${n}`;
    const profile = await main.ok('profiles.create', {
      providerId: 'http',
      name,
      baseUrl: `${origin}/`,
      environment: 'test',
      fields: {},
      secrets: { token: `kill-loop-secret-${name}` },
      variables: [],
      notes: 'written before a SIGKILL',
    });
    ack('profile', profile.name);
    const theme = n % 2 === 0 ? 'dark' : 'light';
    await main.ok('settings.update', { theme, maxRedirects: n % 50 });
    ack('settings', `${theme}:${n % 50}`);
    const sent = await main.ok('request.send', {
      requestId: `r${round}-s${n}`,
      title: name,
      draft: {
        sandbox: 'http',
        profileId: profile.id,
        method: 'GET',
        url: `${origin}/kill-loop/${name}`,
        query: [],
        headers: [],
        body: { kind: 'none' },
        provider: null,
      },
    });
    if (sent.historyId) ack('history', sent.historyId);
  }
}

void writeForever();
