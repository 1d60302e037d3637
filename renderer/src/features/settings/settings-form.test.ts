import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/settings';
import { checkForm, formTextOf, numericFields, parseNumber } from './settings-form';

const others = {
  followRedirects: defaultSettings.followRedirects,
  proxyUrl: defaultSettings.proxyUrl,
  useSystemProxy: defaultSettings.useSystemProxy,
  tlsVerify: defaultSettings.tlsVerify,
  theme: defaultSettings.theme,
};

describe('settings form', () => {
  it('says the bounds of a timeout in milliseconds', () => {
    expect(parseNumber(numericFields.totalTimeoutMs, '5')).toEqual({
      problem: 'Must be at least 100 ms (between 100 and 3600000 ms).',
    });
    expect(parseNumber(numericFields.totalTimeoutMs, 'soon')).toEqual({
      problem: 'Write a number between 100 and 3600000 ms.',
    });
    expect(parseNumber(numericFields.totalTimeoutMs, '700')).toEqual({ value: 700 });
  });

  it('shows and stores sizes in megabytes', () => {
    expect(formTextOf(defaultSettings).bodyCapBytes).toBe('1024');
    expect(parseNumber(numericFields.bodyFileThresholdBytes, '2.5')).toEqual({ value: 2.5 * 1024 * 1024 });
  });

  it('patches only what changed, and holds back what is invalid', () => {
    const text = { ...formTextOf(defaultSettings), totalTimeoutMs: '700', connectTimeoutMs: '1' };
    const check = checkForm(defaultSettings, text, { ...others, proxyUrl: 'socks://p:1', followRedirects: false });
    expect(check.patch).toEqual({ totalTimeoutMs: 700, followRedirects: false });
    expect(Object.keys(check.problems).sort()).toEqual(['connectTimeoutMs', 'proxyUrl']);
    expect(check.problems.proxyUrl).toMatch(/http:\/\/ or https:\/\//);
  });

  it('refuses a memory threshold above the download cap', () => {
    const text = { ...formTextOf(defaultSettings), bodyFileThresholdBytes: '20', bodyCapBytes: '10' };
    expect(checkForm(defaultSettings, text, others).problems.bodyFileThresholdBytes).toMatch(/not be larger/);
  });
});
