import { describe, expect, it } from 'vitest';
import { bodyOf, formOf, type StoredMessage } from '../../console/src/forms/message.form.ts';

// A message with {{fields}}: its field options (what a screen does past a value's age, and that age) are
// sent as the person left them; a message that had none gets the default once anything of it changes, and
// one opened and saved untouched goes back exactly as stored.
const rate: StoredMessage = {
  id: 'ty-gia',
  createdAt: '2026-06-12T01:00:00.000Z',
  updatedAt: '2026-06-12T01:00:00.000Z',
  name: 'Tỷ giá đô la Mỹ',
  gateId: 'tinh-bien',
  variants: { vi: { title: 'Bán USD: {{rates.USD.sell}}' } },
};
const withOptions: StoredMessage = {
  ...rate,
  fieldOptions: {
    stale: 'as-of',
    maxAgeSeconds: 7_200,
    fields: { 'rates.USD.sell': { maxAgeSeconds: 600 } },
  },
};
const own = ({ id: _i, createdAt: _c, updatedAt: _u, ...fields }: StoredMessage) => fields;

describe('a message’s field options', () => {
  it('go back exactly as stored when nothing is changed, with options or without', () => {
    expect(bodyOf(formOf(withOptions), withOptions)).toStrictEqual(own(withOptions));
    expect(bodyOf(formOf(rate), rate)).toStrictEqual(own(rate));
  });

  it('are the default (hide after a day) for a message with fields that had none, once it is changed', () => {
    const form = formOf(rate);
    expect(form.fieldOptions).toEqual({ stale: 'hide', maxAge: { amount: '24', unit: 'hours' } });
    form.variants[0] = { ...form.variants[0]!, title: 'Giá bán USD: {{rates.USD.sell}}' };
    expect(bodyOf(form, rate).fieldOptions).toEqual({ stale: 'hide', maxAgeSeconds: 86_400 });
    const fresh = formOf(undefined, { gateId: 'tinh-bien' });
    fresh.variants[0] = { ...fresh.variants[0]!, title: 'Chờ {{queue.passengers.minutes}}' };
    expect(bodyOf(fresh, undefined).fieldOptions).toEqual({ stale: 'hide', maxAgeSeconds: 86_400 });
  });

  it('are sent as chosen, keeping the per-field ages the editor does not show', () => {
    const form = formOf(withOptions);
    expect(form.fieldOptions.maxAge).toEqual({ amount: '2', unit: 'hours' });
    const body = bodyOf(
      {
        ...form,
        fieldOptions: { ...form.fieldOptions, stale: 'hide', maxAge: { amount: '90', unit: 'minutes' } },
      },
      withOptions,
    );
    expect(body.fieldOptions).toEqual({
      stale: 'hide',
      maxAgeSeconds: 5_400,
      fields: { 'rates.USD.sell': { maxAgeSeconds: 600 } },
    });
  });

  it('are not added to a message without fields', () => {
    const plain = formOf(undefined, { gateId: 'tinh-bien' });
    plain.variants[0] = { ...plain.variants[0]!, title: 'Cửa khẩu mở cửa 7:00–22:00' };
    expect(bodyOf(plain, undefined)).not.toHaveProperty('fieldOptions');
  });
});
