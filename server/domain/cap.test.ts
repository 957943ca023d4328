import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.ts';
import { MAX_CAP_BYTES, MAX_CAP_INFOS, capLanguage, parseCap } from './cap.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/cap/${name}`, import.meta.url), 'utf8');
const flood = fixture('flood-warning.xml');

/** The refusal parseCap throws for a document (fails the test if it accepts it or throws anything else). */
function refusal(xml: string): ValidationError {
  try {
    parseCap(xml);
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('the document was accepted');
}

describe('parseCap: the documents authorities send', () => {
  it('reads the three-language flood warning, each language mapped onto our tags and kept as written', () => {
    const alert = parseCap(flood);
    expect(alert).toMatchObject({
      identifier: 'VN-KTTV-AG-2026-0914-001',
      sender: 'canhbao@kttv.gov.vn',
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      codes: ['VN-CAP-1.0'],
      references: [],
    });
    expect(alert.sent).toEqual({ at: Date.UTC(2026, 8, 13, 23, 30), text: '2026-09-14T06:30:00+07:00' });
    expect(alert.infos.map((i) => [i.language, i.lang])).toEqual([
      ['vi-VN', 'vi'],
      ['km-KH', 'km'],
      ['lo-LA', 'lo'],
    ]);
    const [vi, km] = alert.infos;
    expect(vi).toMatchObject({
      categories: ['Met', 'Safety'],
      event: 'Lũ',
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Observed',
      headline: 'Cảnh báo lũ cấp 3 tại khu vực cửa khẩu Tịnh Biên',
      parameters: [{ valueName: 'waterLevel_cm', value: '465' }],
      eventCodes: [{ valueName: 'VN-KTTV', value: 'LU-CAP-3' }],
    });
    expect(vi?.expires).toEqual({ at: Date.UTC(2026, 8, 15, 11), text: '2026-09-15T18:00:00+07:00' });
    expect(vi?.areas[0]?.polygons[0]?.[0]).toEqual({ lat: 10.74, lon: 104.86 });
    expect(vi?.areas[0]?.geocodes).toEqual([{ valueName: 'VN-province', value: '89' }]);
    expect(km?.headline).toBe('ការព្រមានទឹកជំនន់នៅច្រកព្រំដែនទីញបៀន');
  });

  it('reads a storm warning written with a cap: prefix, its circle in km', () => {
    const alert = parseCap(fixture('storm-circle.xml'));
    expect(alert.infos.map((i) => i.lang)).toEqual(['vi', 'en']);
    expect(alert.infos[0]?.areas[0]?.circles).toEqual([{ center: { lat: 13.9, lon: 107.6 }, radiusKm: 80 }]);
    expect(alert.infos[0]?.severity).toBe('Extreme');
  });

  it('links an Update and a Cancel to the alerts they replace', () => {
    const update = parseCap(fixture('flood-update.xml'));
    expect(update.msgType).toBe('Update');
    expect(update.references).toEqual([
      {
        sender: 'canhbao@kttv.gov.vn',
        identifier: 'VN-KTTV-AG-2026-0914-001',
        sent: { at: Date.UTC(2026, 8, 13, 23, 30), text: '2026-09-14T06:30:00+07:00' },
      },
    ]);
    const cancel = parseCap(fixture('flood-cancel.xml'));
    expect(cancel.msgType).toBe('Cancel');
    expect(cancel.infos).toEqual([]);
    expect(cancel.references.map((r) => r.identifier)).toEqual([
      'VN-KTTV-AG-2026-0914-001',
      'VN-KTTV-AG-2026-0914-002',
    ]);
  });

  it('tells an exercise and a draft from a real alert', () => {
    expect(parseCap(fixture('exercise.xml')).status).toBe('Exercise');
    expect(parseCap(fixture('draft.xml')).status).toBe('Draft');
  });

  it('accepts a signed alert, the XML signature left unread', () => {
    const signature =
      '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>…</SignedInfo></Signature>';
    expect(parseCap(flood.replace('</alert>', `${signature}</alert>`)).infos).toHaveLength(3);
    const storm = fixture('storm-circle.xml');
    const prefixed = storm.replace(
      '</cap:alert>',
      '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">…</ds:Signature></cap:alert>',
    );
    expect(parseCap(prefixed).identifier).toBe('VN-KTTV-TW-2026-1002-014');
    // An element outside any namespace in a prefixed document is not CAP, nor a signature.
    const stray = refusal(storm.replace('</cap:alert>', '<info>x</info></cap:alert>'));
    expect(stray.path).toBe('/alert/info');
    expect(stray.code).toBe('cap_unknown_element');
  });

  it('decodes character references and keeps CDATA as text', () => {
    const xml = flood.replace('<event>Lũ</event>', '<event>L&#x169; &amp; s&#7841;t l&#7903;</event>');
    expect(parseCap(xml).infos[0]?.event).toBe('Lũ & sạt lở');
    const cdata = flood.replace(
      /<description>Mực[^<]*<\/description>/,
      '<description><![CDATA[Mực nước <5 m & rising]]></description>',
    );
    expect(parseCap(cdata).infos[0]?.description).toBe('Mực nước <5 m & rising');
  });
});

describe('parseCap: refusals name the element', () => {
  it.each([
    ['missing-sent.xml', '/alert/sent', 'cap_missing_element', /<alert> lacks <sent>/],
    ['bad-enum.xml', '/alert/info/1/severity', 'cap_bad_value', /<severity> "High" is not one of .*Extreme/],
    ['z-timestamp.xml', '/alert/sent', 'cap_bad_value', /ends in "Z"; CAP 1.2 forbids it/],
    ['open-polygon.xml', '/alert/info/1/area/0/polygon/0', 'cap_bad_value', /<polygon> is not closed/],
    ['doctype-entities.xml', '/', 'cap_forbidden_markup', /DOCTYPE is not accepted/],
  ])('%s is refused at %s', (name, path, code, message) => {
    const err = refusal(fixture(`malformed/${name}`));
    expect(err.path).toBe(path);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  const cases: [string, string, string, RegExp][] = [
    [
      'an Update without references',
      '<msgType>Alert</msgType>|<msgType>Update</msgType>',
      '/alert/references',
      /Update needs <references>/,
    ],
    [
      'a reference that is not a triple',
      '<code>VN-CAP-1.0</code>|<references>canhbao@kttv.gov.vn,X</references>',
      '/alert/references',
      /not "sender,identifier,sent"/,
    ],
    ['CAP 1.1', 'cap:1.2"|cap:1.1"', '/alert', /CAP 1.2, namespace urn:oasis:names:tc:emergency:cap:1.2/],
    [
      'an element CAP does not define',
      '<scope>Public</scope>|<scope>Public</scope><priority>1</priority>',
      '/alert/priority',
      /<priority> is not a CAP 1.2 element of <alert>/,
    ],
    [
      'a repeated singleton',
      '<status>Actual</status>|<status>Actual</status><status>Test</status>',
      '/alert/status/1',
      /<status> appears 2 times/,
    ],
    [
      'an empty identifier',
      '<identifier>VN-KTTV-AG-2026-0914-001</identifier>|<identifier> </identifier>',
      '/alert/identifier',
      /<identifier> is empty/,
    ],
    [
      'a sender with a space',
      '<sender>canhbao@kttv.gov.vn</sender>|<sender>kttv an giang</sender>',
      '/alert/sender',
      /space/,
    ],
    [
      'a 31 September',
      '<sent>2026-09-14T06:30:00+07:00</sent>|<sent>2026-09-31T06:30:00+07:00</sent>',
      '/alert/sent',
      /not a real date/,
    ],
    [
      'fractional seconds',
      '<sent>2026-09-14T06:30:00+07:00</sent>|<sent>2026-09-14T06:30:00.5+07:00</sent>',
      '/alert/sent',
      /not a CAP dateTime/,
    ],
    ['an info without event', '<event>Lũ</event>|', '/alert/info/0/event', /<info> lacks <event>/],
    [
      'a latitude out of range',
      '10.4900,104.9200|95.4900,104.9200',
      '/alert/info/0/area/0/polygon/0',
      /latitude 95.4900 is outside/,
    ],
    [
      'a polygon of three points',
      /<polygon>[^<]*<\/polygon>/.source,
      '/alert/info/0/area/0/polygon/0',
      /CAP 1.2 needs at least 4/,
    ],
    [
      'a bad language code',
      '<language>vi-VN</language>|<language>tiếng Việt</language>',
      '/alert/info/0/language',
      /not a language code/,
    ],
    [
      'Restricted without restriction',
      '<scope>Public</scope>|<scope>Restricted</scope>',
      '/alert/restriction',
      /Restricted needs <restriction>/,
    ],
    ['an undeclared entity', '<event>Lũ</event>|<event>&nbsp;Lũ</event>', '/', /not an entity CAP accepts/],
    ['an unclosed element', '</alert>|', '/', /not well-formed XML/],
    [
      'a circle without radius',
      '<areaDesc>Thị xã|<circle>10.6,104.9</circle><areaDesc>Thị xã',
      '/alert/info/0/area/0/circle/0',
      /radius in km/,
    ],
  ];
  it.each(cases)('%s is refused', (_what, edit, path, message) => {
    let xml: string;
    if (edit.startsWith('<polygon>')) {
      xml = flood.replace(new RegExp(edit), '<polygon>10.7,104.8 10.5,105.0 10.7,104.8</polygon>');
    } else {
      const [from = '', to = ''] = edit.split('|');
      expect(flood).toContain(from);
      xml = flood.replace(from, to);
    }
    const err = refusal(xml);
    expect(err.path).toBe(path);
    expect(err.message).toMatch(message);
  });

  it('refuses a document whose root is not <alert>', () => {
    const err = refusal(
      '<notice xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier></notice>',
    );
    expect(err.path).toBe('/');
    expect(err.code).toBe('cap_not_cap');
    expect(err.message).toMatch(/root element is <notice>/);
  });

  it('refuses a document over the size limit before reading it', () => {
    const huge = flood
      .replace('<note>', '')
      .replace('<code>VN-CAP-1.0</code>', `<note>${'x'.repeat(MAX_CAP_BYTES)}</note>`);
    expect(refusal(huge).code).toBe('cap_too_large');
    // Counted in bytes: 90,000 Khmer letters are 270 KB of UTF-8.
    const khmer = flood.replace('<code>VN-CAP-1.0</code>', `<note>${'ក'.repeat(90_000)}</note>`);
    expect(refusal(khmer).code).toBe('cap_too_large');
  });

  it('refuses more info blocks than the limit', () => {
    const info = /<info>[\s\S]*?<\/info>/.exec(flood)?.[0] ?? '';
    const many = flood.replace('</alert>', `${info.repeat(MAX_CAP_INFOS)}</alert>`);
    const err = refusal(many);
    expect(err.code).toBe('cap_too_many');
    expect(err.path).toBe(`/alert/info/${MAX_CAP_INFOS}`);
  });

  it('refuses element names that would pollute prototypes without crashing', () => {
    const err = refusal(
      flood.replace('<scope>Public</scope>', '<scope>Public</scope><constructor>1</constructor>'),
    );
    expect(err.path).toBe('/');
  });
});

describe('capLanguage', () => {
  it('maps CAP language codes onto our tags', () => {
    expect(
      [
        'vi',
        'VI-vn',
        'km-KH',
        'lo-LA',
        'en-US',
        'zh-CN',
        'zh-Hans-CN',
        'zh-TW',
        'th-TH',
        'fr-FR',
        'x-klingon',
      ].map((c) => capLanguage(c, '/')),
    ).toEqual(['vi', 'vi', 'km', 'lo', 'en', 'zh-Hans', 'zh-Hans', 'zh-Hant', 'th', 'fr', null]);
  });
  it('takes en-US when an info has no language', () => {
    const alert = parseCap(fixture('storm-circle.xml').replace('<cap:language>vi-VN</cap:language>', ''));
    expect(alert.infos[0]).toMatchObject({ language: 'en-US', lang: 'en' });
  });
});

describe('parseCap on hostile input', () => {
  const onlyValidationErrors = (xml: string) => {
    try {
      parseCap(xml);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
    }
  };

  it('throws nothing but ValidationError for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), onlyValidationErrors), {
      numRuns: 500,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<',
            '>',
            '/',
            '&',
            ';',
            '<!',
            '<![CDATA[',
            ']]>',
            '<!--',
            'alert',
            'xmlns="urn:oasis:names:tc:emergency:cap:1.2"',
            ' ',
            '=',
            '"',
            '#x',
            'info',
            'cap:',
            '?',
          ),
        ),
        (parts) => {
          onlyValidationErrors(parts.join(''));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('throws nothing but ValidationError for mutated documents', () => {
    // Mutations of a real alert: cut it, splice in markup, duplicate or delete a stretch.
    const snippet = fc.constantFrom(
      '<',
      '</info>',
      '<info>',
      '&',
      '&#0;',
      '&#x110000;',
      '<!DOCTYPE a>',
      ']]>',
      '<polygon>1,2 3,4</polygon>',
      '<area>',
      '"',
      'Z',
      '+99:99',
      '',
      '<sent>',
      '<constructor>',
      '<__proto__>',
    );
    fc.assert(
      fc.property(
        fc.nat(flood.length),
        fc.nat(200),
        snippet,
        fc.constantFrom('insert', 'delete', 'duplicate'),
        (at, len, text, how) => {
          const mutated =
            how === 'insert'
              ? flood.slice(0, at) + text + flood.slice(at)
              : how === 'delete'
                ? flood.slice(0, at) + flood.slice(at + len)
                : flood.slice(0, at + len) + flood.slice(at);
          onlyValidationErrors(mutated);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses a billion laughs at once, without expanding it', () => {
    expect(refusal(fixture('malformed/doctype-entities.xml')).code).toBe('cap_forbidden_markup');
  });

  it('reads a document of thousands of points and thousands of openings without stalling', () => {
    // No timing assertion: if a scan were quadratic, this test would exceed vitest's timeout.
    const ring = Array.from({ length: 2000 }, (_, i) => {
      const a = (i / 1999) * 2 * Math.PI;
      return `${(10.6 + 0.1 * Math.sin(a)).toFixed(6)},${(104.95 + 0.1 * Math.cos(a)).toFixed(6)}`;
    });
    ring[ring.length - 1] = ring[0] ?? '';
    const big = flood.replace(/<polygon>[^<]*<\/polygon>/, `<polygon>${ring.join(' ')}</polygon>`);
    expect(parseCap(big).infos[0]?.areas[0]?.polygons[0]).toHaveLength(2000);
    expect(refusal('<!--'.repeat(60_000)).code).toBe('cap_malformed_xml');
    expect(refusal('<![CDATA['.repeat(25_000)).code).toBe('cap_malformed_xml');
  });
});
