import { describe, expect, it } from 'vitest';
import { inputsFrom, rowFromView, rowsForFolder } from './variable-rows';

describe('variable rows', () => {
  it('sends a stored secret without a value, so main keeps it, and its origins as a list', () => {
    const row = rowFromView({
      name: 'token',
      value: '••••a1b2',
      secret: true,
      set: true,
      allowedOrigins: ['https://api.test'],
    });
    expect(row).toMatchObject({ masked: '••••a1b2', value: '', replacing: false });
    expect(inputsFrom([{ ...row, origins: 'https://api.test, http://127.0.0.1:8080' }])).toEqual([
      { name: 'token', secret: true, allowedOrigins: ['https://api.test', 'http://127.0.0.1:8080'] },
    ]);
    expect(inputsFrom([{ ...row, replacing: true, value: 'new' }])[0]).toMatchObject({ value: 'new' });
  });

  it('drops rows without a name and keeps plain values as typed', () => {
    expect(
      inputsFrom([
        { name: ' host ', value: 'http://x', secret: false, masked: '', replacing: false, origins: '' },
        { name: '', value: 'lost', secret: false, masked: '', replacing: false, origins: '' },
      ]),
    ).toEqual([{ name: 'host', value: 'http://x', secret: false }]);
  });

  it('shows a folder secret by its mask and a plain folder variable by its value', () => {
    const rows = rowsForFolder(
      [
        { name: 'page', value: '2', secret: false },
        { name: 'key', value: '', secret: true },
      ],
      [{ name: 'key', value: '••••9f0e', secret: true, set: true, allowedOrigins: [] }],
    );
    expect(rows.map((r) => [r.name, r.value, r.masked])).toEqual([
      ['page', '2', ''],
      ['key', '', '••••9f0e'],
    ]);
  });
});
