import { describe, expect, it } from 'vitest';
import { createFormatClient } from './format-client';
import type { FormatRequest, FormatResponse } from './format-protocol';

/** A worker double answering 'prepare' with the text as is, and recording what happened to it. */
function fakeWorker() {
  const fake = {
    started: 0,
    terminated: 0,
    held: [] as FormatRequest[],
    onmessage: null as ((event: MessageEvent<FormatResponse>) => void) | null,
    postMessage(request: FormatRequest) {
      if (request.op === 'jsonpath') return fake.held.push(request);
      const offsets = new Uint32Array([0, request.text.length]);
      queueMicrotask(() =>
        fake.onmessage?.({
          data: { id: request.id, ok: true, text: request.text, offsets },
        } as MessageEvent<FormatResponse>),
      );
    },
    terminate() {
      fake.terminated += 1;
    },
  };
  return fake;
}

describe('the format client', () => {
  it('starts its worker on the first call and answers each call by id', async () => {
    const fake = fakeWorker();
    const client = createFormatClient(() => {
      fake.started += 1;
      return fake as unknown as Worker;
    });
    expect(fake.started).toBe(0);
    const [a, b] = await Promise.all([client.prepareText('a', 'text', false), client.prepareText('bb', 'text', false)]);
    expect([a.text, b.text]).toEqual(['a', 'bb']);
    expect(fake.started).toBe(1);
  });

  it('ends its worker when disposed, and a call still waiting says why it failed', async () => {
    const fake = fakeWorker();
    const client = createFormatClient(() => fake as unknown as Worker);
    const waiting = client.runJsonPath('{}', '$.a');
    client.dispose();
    await expect(waiting).rejects.toThrow('The window is closing.');
    expect(fake.terminated).toBe(1);
  });
});
