import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../../shared/profiles/schema';
import { emptyForm, formFromProfile, toCreateInput, toPatch } from './profile-form';

const stored: ProfileView = {
  id: 'p1',
  providerId: 'apsis',
  name: 'Live',
  baseUrl: 'https://se.api.anpdm.com',
  environment: 'live',
  fields: { region: 'se' },
  secrets: { apiKey: { set: true, masked: '••••a1b2' } },
  variables: [{ name: 'list', value: '7' }],
  notes: '',
  tlsVerify: true,
  order: 0,
  createdAt: '',
  updatedAt: '',
};

describe('the profile form', () => {
  it('starts a new profile from the provider defaults, without secrets', () => {
    const form = emptyForm(
      [
        { key: 'region', label: 'Region', secret: false, required: true, defaultValue: 'se' },
        { key: 'apiKey', label: 'API key', secret: true, required: true },
      ],
      'https://se.api.anpdm.com',
    );
    expect(form.fields).toEqual({ region: 'se' });
    expect(toCreateInput('apsis', { ...form, name: 'New', secretChanges: { apiKey: 'k-1' } })).toMatchObject({
      providerId: 'apsis',
      secrets: { apiKey: 'k-1' },
    });
  });

  it('never carries a stored secret back: an untouched or emptied replace keeps it, null clears it', () => {
    const form = formFromProfile(stored);
    expect(toPatch(form).secrets).toBeUndefined();
    expect(toPatch({ ...form, secretChanges: { apiKey: '' } }).secrets).toBeUndefined();
    expect(toPatch({ ...form, secretChanges: { apiKey: null } }).secrets).toEqual({ apiKey: null });
    expect(toPatch({ ...form, secretChanges: { apiKey: 'new-key' } }).secrets).toEqual({ apiKey: 'new-key' });
  });
});
