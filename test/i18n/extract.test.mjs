// `tor-elements-i18n extract`: the POT translators start from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishContent } from '../../dist/content/index.js';
import { entriesOf, i18n, readPo, ROOT, temporaryFolder } from './support.mjs';

const fresh = () => {
  const out = join(temporaryFolder(), 'tor-elements.pot');
  const { code, stdout } = i18n(['extract', '--out', out]);
  assert.equal(code, 0);
  return { bytes: readFileSync(out), stdout, file: out };
};

const pot = readPo(join(ROOT, 'i18n/tor-elements.pot'));
const entries = entriesOf(pot);
const byContext = new Map(entries.map((entry) => [entry.msgctxt, entry]));

test('is stable: the same content gives the same bytes, with no date in the header', () => {
  const [first, second] = [fresh(), fresh()];
  assert.ok(first.bytes.equals(second.bytes));
  assert.ok(i18n(['extract']).stdout === first.bytes.toString('utf8'), 'standard output holds the same POT');
  assert.match(first.stdout, /tor-elements\.pot: 104 strings/);
  const header = first.bytes.toString('utf8').split('\n\n')[0];
  assert.doesNotMatch(header, /Date|\d{4}-\d{2}-\d{2}/);
});

test('the checked-in i18n/tor-elements.pot is up to date (else: node dist/i18n/bin.js extract --out i18n/tor-elements.pot)', () => {
  assert.ok(fresh().bytes.equals(readFileSync(join(ROOT, 'i18n/tor-elements.pot'))));
});

test('has one entry per string, paragraph and item, each with its content path as msgctxt', () => {
  const { userGroups, tips, campaigns, footerLinks, page, ui } = englishContent;
  const expected = [
    ...userGroups.flatMap((group) => [
      `userGroups/${group.id}/heading`,
      ...group.items.map((_, index) => `userGroups/${group.id}/items/${index}`),
      ...(group.image?.alt ? [`userGroups/${group.id}/image/alt`] : []),
    ]),
    ...tips.map((tip) => `tips/${tip.id}`),
    ...campaigns.flatMap(({ id }) =>
      ['headline', 'text', 'callToAction/text'].map((field) => `campaigns/${id}/${field}`),
    ),
    ...footerLinks.flatMap((group) => [
      `footerLinks/${group.id}/heading`,
      ...group.links.map((_, index) => `footerLinks/${group.id}/links/${index}/text`),
    ]),
    'footerNotice',
    'page/title',
    ...page.intro.map((_, index) => `page/intro/${index}`),
    ...page.outro.map((_, index) => `page/outro/${index}`),
    ...Object.entries(ui).flatMap(([element, strings]) => Object.keys(strings).map((name) => `ui/${element}/${name}`)),
  ];
  assert.deepEqual(
    entries.map((entry) => entry.msgctxt),
    expected,
  );
  assert.equal(entries.length, 104);
  for (const context of ['userGroups/journalist/items/2', 'tips/donate', 'footerLinks/about/links/0/text']) {
    assert.ok(byContext.has(context), context);
  }
});

test('says where each string shows', () => {
  for (const entry of entries) assert.ok(entry.comments?.extracted, `${entry.msgctxt} has a translator note`);
  assert.match(
    byContext.get('userGroups/journalist/heading').comments.extracted,
    /<tor-user-group-card group="journalist">/,
  );
  assert.match(byContext.get('ui/onionFooter/offer').comments.extracted, /\{address\} is the site’s onion address/);
  assert.match(byContext.get('ui/donateBanner/daysLeft').comments.extracted, /\{count\} is the number of days left/);
  assert.match(byContext.get('page/intro/0').comments.extracted, /no element shows it/);
});

test('writes rich text with numbered tags that name their links, and nests them as the text does', () => {
  const journalist = byContext.get('userGroups/journalist/items/0');
  assert.match(journalist.msgid, /^<1><2>Reporters without Borders<\/2><\/1> tracks Internet prisoners of conscience/);
  assert.match(journalist.comments.extracted, /<1>…<\/1> bold; <2>…<\/2> a link to http:\/\/www\.rsf\.org\//);
  assert.match(
    byContext.get('userGroups/activists/items/1').msgid,
    /<1>Friends Service Committee and environmental groups are increasingly <2>falling under surveillance<\/2> in the United States<\/1>/,
  );
  assert.equal(
    byContext.get('tips/donate').msgid,
    'Tor is written for and supported by people like you. <1>Donate today</1>!',
  );
});

test('never offers a URL, an id or the onion address for translation', () => {
  const hrefs = JSON.stringify(englishContent).match(/"(?:href|directoryHref|aboutHref)":"[^"]+"/g);
  const sources = entries.map((entry) => `${entry.msgid}\n${entry.msgid_plural ?? ''}`).join('\n');
  for (const field of hrefs) assert.ok(!sources.includes(field.split('":"')[1].slice(0, -1)), field);
  assert.ok(!sources.includes(englishContent.onionServices[0].address));
  assert.ok(!entries.some((entry) => /(^|\/)id$|href|address$|siteName|currency|amount$/.test(entry.msgctxt)));
});

test('keeps the placeholders of the elements’ strings, and writes a plural as msgid_plural', () => {
  assert.equal(byContext.get('ui/onionFooter/offer').msgid, 'We offer an {onionService} for this site: {address}');
  const daysLeft = byContext.get('ui/donateBanner/daysLeft');
  assert.equal(daysLeft.msgid, '{count} day left');
  assert.equal(daysLeft.msgid_plural, '{count} days left');
  assert.deepEqual(daysLeft.msgstr, ['', '']);
  assert.equal(pot.headers['Plural-Forms'], 'nplurals=INTEGER; plural=EXPRESSION;');
});
