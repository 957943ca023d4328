import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FEED_BYTES, MAX_FEED_ENTRIES, parseFeed } from './cap.feed.ts';
import { parseCap } from './cap.ts';
import { ValidationError } from './errors.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/cap/${name}`, import.meta.url));
const FEED_URL = 'https://kttv.angiang.gov.vn/cap/atom.xml';

/** The refusal parseFeed throws (fails the test if it accepts the document or throws anything else). */
function refusal(document: string | Uint8Array): ValidationError {
  try {
    parseFeed(document, FEED_URL);
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('the feed was accepted');
}

const atom = (entries: string, root = '<feed xmlns="http://www.w3.org/2005/Atom">') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}<title>t</title>${entries}</feed>`;

/** A CAP document without its XML declaration (as it sits inside a feed). */
const capBody = (name: string) =>
  fixture(name)
    .toString('utf8')
    .replace(/^<\?xml[^>]*>\s*/, '')
    .trimEnd();

describe('parseFeed: ATOM', () => {
  it('reads each entry’s id and its CAP link, resolved against the feed’s address', () => {
    const feed = parseFeed(fixture('feed/atom.xml'), FEED_URL);
    expect(feed.format).toBe('atom');
    expect(feed.entries).toEqual([
      {
        id: 'urn:kttv-ag:VN-KTTV-AG-2026-0914-001',
        capUrl: 'https://kttv.angiang.gov.vn/cap/cap/flood-warning.xml',
        updated: '2026-09-14T06:30:00+07:00',
      },
      {
        id: 'urn:kttv-ag:VN-PCTT-AG-2026-0920-DT1',
        capUrl: 'https://kttv.angiang.gov.vn/cap/exercise.xml',
        updated: '2026-09-20T09:00:00+07:00',
      },
    ]);
  });

  it('prefers the link typed application/cap+xml over an .xml link and an HTML page', () => {
    const feed = parseFeed(
      atom(`<entry><id>e1</id>
        <link href="https://a.example/page.html"/>
        <link rel="related" href="https://a.example/other.xml"/>
        <link rel="alternate" type="application/cap+xml" href="https://a.example/alert-1"/>
      </entry>`),
      FEED_URL,
    );
    expect(feed.entries[0]?.capUrl).toBe('https://a.example/alert-1');
  });

  it('takes a link ending in .xml or .cap when no link is typed, and names the entry that has neither', () => {
    const feed = parseFeed(
      atom(`<entry><id>e1</id><link href="alerts/001.cap?v=2"/></entry>
            <entry><id>e2</id><link href="https://a.example/alert.html"/></entry>`),
      FEED_URL,
    );
    expect(feed.entries[0]).toEqual({
      id: 'e1',
      capUrl: 'https://kttv.angiang.gov.vn/cap/alerts/001.cap?v=2',
    });
    expect(feed.entries[1]?.id).toBe('e2');
    expect(feed.entries[1]?.capUrl).toBeUndefined();
    expect(feed.entries[1]?.problem).toMatch(/names no CAP document/);
  });

  it('cuts an inline <alert> out of the feed character for character (CRLF, comments, entities, Khmer)', () => {
    const alert = capBody('flood-warning.xml')
      .replace('<source>', '<!-- nguồn --><source>')
      .replace('0,5–0,8 m.', '0,5&#8211;0,8 m &amp; hơn.')
      .replaceAll('\n', '\r\n');
    const text = atom(
      `<entry>\r\n<id>tag:kttv,2026:1</id>\r\n<content type="application/cap+xml">\r\n  ${alert}\r\n</content></entry>`,
    );
    const bytes = Buffer.from(text, 'utf8');
    const [entry] = parseFeed(bytes, FEED_URL).entries;
    expect(entry?.inlineCap).toBe(alert);
    // The bytes stored are the bytes of the feed.
    const stored = Buffer.from(entry!.inlineCap!, 'utf8');
    expect(bytes.indexOf(stored)).toBeGreaterThan(0);
    expect(parseCap(entry!.inlineCap!).identifier).toBe('VN-KTTV-AG-2026-0914-001');
  });

  it('cuts a prefixed <cap:alert> out too, and an alert sent as escaped text is its decoded text', () => {
    const prefixed = capBody('storm-circle.xml');
    const escaped = capBody('exercise.xml');
    const feed = parseFeed(
      atom(`<entry><id>a</id><content type="text/xml">${prefixed}</content></entry>
            <entry><id>b</id><content type="text/xml">${escaped.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</content></entry>`),
      FEED_URL,
    );
    expect(feed.entries.map((e) => e.inlineCap)).toEqual([prefixed, escaped]);
  });

  it('refuses an inline alert whose namespace is declared on an enclosing element (it would not stand alone)', () => {
    const body = capBody('flood-warning.xml').replace(' xmlns="urn:oasis:names:tc:emergency:cap:1.2"', '');
    const feed = parseFeed(
      atom(
        `<entry><id>x</id><content type="text/xml"><c:wrap xmlns:c="urn:x">${body}</c:wrap></content></entry>
         <entry><id>y</id><content type="text/xml" xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2"><cap:alert><cap:identifier>1</cap:identifier></cap:alert></content></entry>`,
      ),
      FEED_URL,
    );
    expect(feed.entries[0]).toMatchObject({ id: 'x' });
    expect(feed.entries[0]?.problem).toMatch(/names no CAP document/);
    expect(feed.entries[1]?.inlineCap).toBeUndefined();
    expect(feed.entries[1]?.problem).toMatch(
      /<cap:alert> inside <content> takes its namespace from an enclosing element/,
    );
  });

  it('takes out-of-line content (<content src>) as the CAP link', () => {
    const feed = parseFeed(
      atom('<entry><id>s</id><content type="application/cap+xml" src="../cap/s.xml"/></entry>'),
      FEED_URL,
    );
    expect(feed.entries[0]?.capUrl).toBe('https://kttv.angiang.gov.vn/cap/s.xml');
  });

  it('reads a prefixed ATOM feed and refuses a <feed> in another namespace', () => {
    const feed = parseFeed(
      '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:id>p</a:id><a:link type="application/cap+xml" href="p.xml"/></a:entry></a:feed>',
      FEED_URL,
    );
    expect(feed.entries).toEqual([{ id: 'p', capUrl: 'https://kttv.angiang.gov.vn/cap/p.xml' }]);
    expect(refusal('<feed xmlns="urn:other"><entry/></feed>').message).toMatch(
      /<feed> is in namespace "urn:other"/,
    );
  });

  it('refuses links that are not http(s), keeps each id once, and falls back to the link when <id> is missing', () => {
    const feed = parseFeed(
      atom(`<entry><id>j</id><link type="application/cap+xml" href="javascript:alert(1)"/></entry>
            <entry><id>f</id><link type="application/cap+xml" href="file:///etc/passwd"/></entry>
            <entry><id>j</id><link type="application/cap+xml" href="https://a.example/again.xml"/></entry>
            <entry><link type="application/cap+xml" href="https://a.example/noid.xml#x"/></entry>
            <entry><title>no id, no link</title></entry>`),
      FEED_URL,
    );
    expect(feed.entries.map((e) => [e.id, e.capUrl, e.problem?.replace(/ is not an http.*/, '')])).toEqual([
      ['j', undefined, 'the link "javascript:alert(1)"'],
      ['f', undefined, 'the link "file:///etc/passwd"'],
      ['https://a.example/noid.xml', 'https://a.example/noid.xml', undefined],
    ]);
    expect(feed.skipped).toBe(1);
  });

  it('keeps a very long id as its hash, so it fits the table', () => {
    const long = 'x'.repeat(5000);
    const feed = parseFeed(atom(`<entry><id>${long}</id><link href="a.xml"/></entry>`), FEED_URL);
    expect(feed.entries[0]?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('parseFeed: RSS 2.0', () => {
  it('reads guid (else link) as the id and the CAP enclosure (else link) as the CAP', () => {
    const feed = parseFeed(fixture('feed/rss.xml'), 'https://nchmf.gov.vn/cap/rss.xml');
    expect(feed.format).toBe('rss');
    expect(feed.entries).toEqual([
      {
        id: 'VN-KTTV-TW-2026-1002-014',
        capUrl: 'https://nchmf.gov.vn/cap/VN-KTTV-TW-2026-1002-014.xml',
        updated: 'Fri, 02 Oct 2026 07:00:00 GMT',
      },
      {
        id: 'https://nchmf.gov.vn/cap/flood-update.xml',
        capUrl: 'https://nchmf.gov.vn/cap/flood-update.xml',
        updated: 'Mon, 14 Sep 2026 05:00:00 GMT',
      },
    ]);
  });

  it('decodes &amp; in links and resolves relative enclosures', () => {
    const feed = parseFeed(
      '<rss version="2.0"><channel><item><guid>1</guid><link>https://a.example/get?id=1&amp;fmt=cap</link></item><item><guid>2</guid><enclosure url="c/2.xml" type="text/xml"/><link>https://a.example/2.html</link></item></channel></rss>',
      'https://a.example/feeds/rss',
    );
    expect(feed.entries.map((e) => e.capUrl)).toEqual([
      'https://a.example/get?id=1&fmt=cap',
      'https://a.example/feeds/c/2.xml',
    ]);
  });
});

describe('parseFeed: what is not a feed, or too much of one', () => {
  it.each([
    ['a CAP alert itself', capBody('flood-warning.xml'), /<alert> is not a feed/],
    ['an HTML page', '<html><body>Not found</body></html>', /<html> is not a feed/],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', /RSS 1\.0/],
    ['RSS without a channel', '<rss version="2.0"><item/></rss>', /<rss> has no <channel>/],
    ['text', 'Service Unavailable', /not well-formed XML/],
    ['an empty body', '   ', /empty/],
    ['a DOCTYPE', '<!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel/></rss>', /DOCTYPE/],
    ['Latin-1', '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel/></rss>', /encoding "ISO-8859-1"/],
  ])('refuses %s with feed_invalid, naming what is wrong', (_what, text, message) => {
    const err = refusal(text);
    expect(err.code).toBe('feed_invalid');
    expect(err.message).toMatch(message);
  });

  it('refuses bytes that are not UTF-8 and a feed over the size limit', () => {
    expect(refusal(Uint8Array.from([0x3c, 0x72, 0xff, 0x3e])).message).toMatch(/not valid UTF-8/);
    const big = atom(`<entry><id>1</id><summary>${'x'.repeat(MAX_FEED_BYTES)}</summary></entry>`);
    expect(refusal(Buffer.from(big)).message).toMatch(/larger than 1 MB/);
  });

  it(`reads at most ${MAX_FEED_ENTRIES} entries, the first ones, and counts the rest as skipped`, () => {
    const many = Array.from(
      { length: MAX_FEED_ENTRIES + 20 },
      (_, i) => `<entry><id>e${i}</id><link href="${i}.xml"/></entry>`,
    ).join('');
    const feed = parseFeed(atom(many), FEED_URL);
    expect(feed.entries).toHaveLength(MAX_FEED_ENTRIES);
    expect(feed.entries.at(-1)?.id).toBe(`e${MAX_FEED_ENTRIES - 1}`);
    expect(feed.skipped).toBe(20);
  });
});
