import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  formOf,
  untranslatedTexts,
  uncoveredTexts,
  type MessageBody,
  type StoredMessage,
} from '../../console/src/forms/message.form.ts';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf } from '../support/schema-arbitrary.ts';

// Stored messages as the API answers them: drawn from the stored schema itself, and by hand so that every
// shape is sure to appear (ticker only, title only, body only, all three; gate, province and national
// owners; every level, or none). Each is kept only when the stored schema's validator agrees.
const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };
const isStored = validatorFor('message.stored.json');
// Contract C: a gate's or a province's, never both (the server refuses it, reason gate_or_province). A copy:
// the validator fills in defaults (level), which would hide a message stored without one.
const valid = (m: StoredMessage): boolean => !(m.gateId && m.province) && isStored(structuredClone(m));

const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max });
const variant = fc
  .record({ title: text(40), body: text(80), ticker: text(60) }, { requiredKeys: [] })
  .filter((v) => Object.keys(v).length > 0);
const langs = fc.constantFrom('vi', 'en', 'km', 'lo', 'zh-Hans', 'jra', 'bdq', 'tmm-Tavt');
const owner = fc.oneof(
  fc.record({ gateId: fc.constantFrom('le-thanh', 'bo-y', 'moc-bai') }),
  fc.record({ province: fc.constantFrom('Gia Lai', 'Kon Tum', 'Tây Ninh') }),
  fc.record({ gateId: fc.constant(null) }),
  fc.record({ province: fc.constantFrom('Gia Lai'), gateId: fc.constant(null) }),
  fc.record({ gateId: fc.constantFrom('le-thanh'), province: fc.constant(null) }),
  fc.record({ gateId: fc.constant(null), province: fc.constant(null) }),
  fc.constant({}),
);
const instant = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const handMade = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{1,10}$/),
    createdAt: instant,
    updatedAt: instant,
    name: text(30),
    owner,
    level: fc.option(fc.constantFrom('normal', 'priority', 'emergency'), { nil: undefined }),
    variants: fc.dictionary(langs, variant, { minKeys: 1, maxKeys: 5 }),
  })
  // Through JSON, as a reply arrives (plain objects, no undefined).
  .map(
    ({ owner: o, level, ...m }) =>
      JSON.parse(JSON.stringify({ ...m, ...o, ...(level === undefined ? {} : { level }) })) as StoredMessage,
  );
const fromSchema = arbitraryOf(doc.components.schemas['message.stored'], doc).map(
  (m) => JSON.parse(JSON.stringify(m)) as StoredMessage,
);
const storedMessages = fc.oneof(handMade, fromSchema).filter(valid);

const ownFields = ({ id: _i, createdAt: _c, updatedAt: _u, ...fields }: StoredMessage) => fields;

/** The editor's body() before issue 14: title and body only, trimmed, owner forced to a gate. */
function oldBody(stored: StoredMessage): MessageBody {
  const clean: MessageBody['variants'] = {};
  for (const [lang, v] of Object.entries(stored.variants)) {
    const title = v.title?.trim();
    const body = v.body?.trim();
    if (title || body) clean[lang] = { ...(title ? { title } : {}), ...(body ? { body } : {}) };
  }
  return { name: stored.name.trim(), gateId: stored.gateId ?? 'le-thanh', variants: clean };
}

/** Whether a save of `stored` through `save` keeps every ticker text, in every language. */
const keepsTickers = (stored: StoredMessage, save: (m: StoredMessage) => MessageBody): boolean =>
  Object.entries(stored.variants).every(
    ([lang, v]) => v.ticker === undefined || save(stored).variants[lang]?.ticker === v.ticker,
  );

const withTicker: StoredMessage = {
  id: 'opening-hours',
  createdAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-01-05T01:00:00.000Z',
  name: 'Giờ mở cửa',
  gateId: null,
  level: 'priority',
  variants: {
    vi: { title: 'Giờ mở cửa', body: '7:00 – 22:00', ticker: 'Cửa khẩu mở cửa từ 7:00 đến 22:00' },
    km: { ticker: 'ច្រកទ្វារបើកពីម៉ោង ៧:០០ ដល់ ២២:០០' },
  },
};

describe('the message form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(storedMessages, (stored) => {
        expect(bodyOf(formOf(stored), stored)).toStrictEqual(ownFields(stored));
      }),
      { numRuns: 400 },
    );
  });

  it('draws ticker-only, title-only and body-only languages and every owner, so the property can see a loss', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(storedMessages, (stored) => {
        for (const v of Object.values(stored.variants)) seen.add(Object.keys(v).sort().join('+'));
        seen.add(stored.gateId ? 'gate' : stored.province ? 'province' : 'national');
        seen.add(`level:${stored.level ?? 'none'}`);
      }),
      { numRuns: 400 },
    );
    for (const shape of ['ticker', 'title', 'body', 'body+ticker+title', 'gate', 'province', 'national'])
      expect(seen).toContain(shape);
    for (const level of ['none', 'normal', 'priority', 'emergency']) expect(seen).toContain(`level:${level}`);
  });

  it('keeps the ticker texts of an edited message (the old editor dropped them)', () => {
    const save = (m: StoredMessage) => {
      const form = formOf(m);
      form.variants[0] = { ...form.variants[0]!, body: '6:30 – 22:00' };
      return bodyOf(form, m);
    };
    expect(keepsTickers(withTicker, save)).toBe(true);
    expect(save(withTicker).variants).toStrictEqual({
      vi: { title: 'Giờ mở cửa', body: '6:30 – 22:00', ticker: 'Cửa khẩu mở cửa từ 7:00 đến 22:00' },
      km: { ticker: 'ច្រកទ្វារបើកពីម៉ោង ៧:០០ ដល់ ២២:០០' },
    });
    // The same check catches the editor as it was: its body() lost both tickers and the Khmer language.
    expect(keepsTickers(withTicker, oldBody)).toBe(false);
    fc.assert(
      fc.property(storedMessages, (stored) => keepsTickers(stored, (m) => bodyOf(formOf(m), m))),
      { numRuns: 200 },
    );
  });

  it('never moves a national message to a gate, and sends the owner the person picks', () => {
    const form = formOf(withTicker);
    expect(form.owner).toBe('national');
    expect(bodyOf(form, withTicker).gateId).toBeNull();
    expect(bodyOf({ ...form, owner: 'province', province: 'Gia Lai' }, withTicker)).toMatchObject({
      province: 'Gia Lai',
    });
    expect(bodyOf({ ...form, owner: 'province', province: 'Gia Lai' }, withTicker)).not.toHaveProperty(
      'gateId',
    );
    expect(bodyOf({ ...form, owner: 'gate', gateId: 'le-thanh' }, withTicker).gateId).toBe('le-thanh');
  });

  it('flags a text identical to another language and names the field of an uncovered character', () => {
    const form = formOf({
      ...withTicker,
      variants: {
        vi: { title: 'Giờ mở cửa', ticker: 'Mở cửa 7:00' },
        jra: { title: ' giờ mở  cửa ', ticker: 'Pơdơ̆ng 7:00 😀' },
      },
    });
    expect(untranslatedTexts(form.variants)).toStrictEqual([{ lang: 'jra', field: 'title', sameAs: 'vi' }]);
    expect(uncoveredTexts(form.variants)).toStrictEqual([{ lang: 'jra', field: 'ticker', chars: ['😀'] }]);
  });
});
