// The translations shipped in i18n/: complete where they say so, compiled without a refusal, written as
// their languages are written, honest about how they were made, and usable by the prerender command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePo } from '../../dist/i18n/compile.js';
import { englishContent } from '../../dist/content/index.js';
import { entriesOf, i18n, prerender, readPo, ROOT, temporaryFolder } from './support.mjs';

/** Each shipped locale: its PO Language header and the standard Plural-Forms of gettext and Weblate. */
const LOCALES = {
  ar: ['ar', 'nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;'],
  de: ['de', 'nplurals=2; plural=n != 1;'],
  es: ['es', 'nplurals=2; plural=n != 1;'],
  fa: ['fa', 'nplurals=2; plural=n > 1;'],
  fr: ['fr', 'nplurals=2; plural=n > 1;'],
  'pt-BR': ['pt_BR', 'nplurals=2; plural=n > 1;'],
  ru: ['ru', 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);'],
  tr: ['tr', 'nplurals=2; plural=n != 1;'],
  uk: ['uk', 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);'],
  'zh-CN': ['zh_CN', 'nplurals=1; plural=0;'],
};
const WHOLE_CONTENT = ['fa', 'ru'];

const poFile = (locale) => join(ROOT, 'i18n', `${locale}.po`);
const compiled = (locale) => compilePo(readFileSync(poFile(locale)), { file: poFile(locale) });
const translations = (locale) => entriesOf(readPo(poFile(locale))).flatMap((entry) => entry.msgstr);

test('i18n/ holds the ten locales and the template', () => {
  assert.deepEqual(
    readdirSync(join(ROOT, 'i18n')).sort(),
    [...Object.keys(LOCALES).map((locale) => `${locale}.po`), 'tor-elements.pot'].sort(),
  );
});

test('the shipped PO files compile with nothing refused and no warning, as the build put them in dist/locales', () => {
  const out = temporaryFolder();
  const run = i18n(['compile', 'i18n', '--out', out]);
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  assert.match(run.stdout, /10 of 10 PO files compiled into .*, nothing refused\./);
  for (const locale of Object.keys(LOCALES)) {
    for (const file of [`${locale}.js`, `${locale}.json`]) {
      assert.equal(readFileSync(join(ROOT, 'dist/locales', file), 'utf8'), readFileSync(join(out, file), 'utf8'), file);
    }
  }
});

test('every locale translates every string the elements show (all of ui.*), with the plural forms of its language', () => {
  for (const locale of Object.keys(LOCALES)) {
    const { ui } = compiled(locale).patch;
    for (const [element, strings] of Object.entries(englishContent.ui)) {
      assert.deepEqual(Object.keys(ui[element]).sort(), Object.keys(strings).sort(), `${locale}: ui.${element}`);
    }
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    assert.deepEqual(Object.keys(ui.donateBanner.daysLeft).sort(), [...categories].sort(), `${locale}: daysLeft`);
  }
});

test('fa and ru translate the whole “Who uses Tor” content, leaving nothing in English', () => {
  const total = entriesOf(readPo(join(ROOT, 'i18n/tor-elements.pot'))).length;
  for (const locale of WHOLE_CONTENT) {
    const { counts, patch } = compiled(locale);
    assert.deepEqual(counts, { translated: total, untranslated: 0, fuzzy: 0, obsolete: 0 }, locale);
    assert.doesNotMatch(JSON.stringify(patch), /"lang":"en"/, `${locale}: no item is marked English`);
    const ids = (list) => list.map((item) => item.id);
    assert.deepEqual(ids(patch.userGroups), ids(englishContent.userGroups));
    patch.userGroups.forEach((group, index) => {
      assert.ok(group.heading, `${locale}: ${group.id} heading`);
      assert.equal(group.items.length, englishContent.userGroups[index].items.length, `${locale}: ${group.id} items`);
    });
    assert.deepEqual(ids(patch.tips), ids(englishContent.tips));
    assert.deepEqual(Object.keys(patch.campaigns[0]), ['id', 'headline', 'text', 'callToAction']);
    assert.deepEqual(
      patch.footerLinks.map((group) => [group.id, group.links.length]),
      englishContent.footerLinks.map((group) => [group.id, group.links.length]),
    );
    assert.ok(patch.footerNotice);
    assert.deepEqual(Object.keys(patch.page), ['title', 'intro', 'outro']);
  }
});

test('the other locales leave the content to English, which the elements then show as English', () => {
  for (const locale of Object.keys(LOCALES).filter((l) => !WHOLE_CONTENT.includes(l))) {
    assert.deepEqual(Object.keys(compiled(locale).patch), ['ui'], locale);
  }
});

test('each header says how the file was made, invites review by native Tor translators, and declares its language', () => {
  for (const [locale, [language, pluralForms]] of Object.entries(LOCALES)) {
    const table = readPo(poFile(locale));
    const header = table.translations[''][''];
    assert.match(
      header.comments.translator,
      /Machine-assisted translation by an AI assistant for tor-elements; not yet reviewed by a native speaker\./,
    );
    assert.match(header.comments.translator, /Review by native Tor translators is welcome: on Weblate/);
    assert.equal(table.headers.Language, language);
    assert.equal(table.headers['Plural-Forms'], pluralForms, locale);
    assert.match(table.headers['Content-Type'], /^text\/plain; charset=utf-8$/i);
  }
});

test('Farsi is in Persian script: Persian yeh and kaf, zero-width non-joiners, Persian quotation marks', () => {
  const text = translations('fa').join('\n');
  assert.doesNotMatch(text, /[\u064A\u0643]/, 'Arabic yeh or kaf');
  assert.match(text, /می\u200cکنند/);
  assert.doesNotMatch(text, /(^|[\s«(])ن?می (?=\S)/m, 'می written apart from its verb');
  assert.doesNotMatch(text, /["“”]/, 'quotation marks other than « »');
  assert.match(text, /«[^»]+»/);
});

test('Russian and Ukrainian use « » for quotation marks', () => {
  for (const locale of ['ru', 'uk']) {
    assert.doesNotMatch(translations(locale).join('\n'), /["“”„]/, locale);
  }
  assert.match(translations('ru').join('\n'), /«Репортёры без границ»/);
});

test('tor-elements-prerender --content fa=<file>.po renders the page in Farsi, with that file’s strings on top', () => {
  const site = temporaryFolder();
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="fa" dir="rtl"><body><tor-user-groups index groups="journalist"></tor-user-groups><tor-tip-box tip="donate"></tor-tip-box><tor-onion-footer></tor-onion-footer></body></html>',
  );
  // The package's own Farsi is registered anyway: a changed heading shows that the PO file given is used.
  const heading = 'نکتهٔ تور، از پرونده';
  writeFileSync(
    join(site, 'fa.po'),
    readFileSync(poFile('fa'), 'utf8').replace('msgstr "نکتهٔ تور"', `msgstr "${heading}"`),
  );
  const run = prerender(['index.html', '--content', 'fa=fa.po'], site);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const page = readFileSync(join(site, 'index.html'), 'utf8');
  const { patch } = compiled('fa');
  for (const farsi of [
    heading,
    patch.userGroups.find((group) => group.id === 'journalist').heading,
    patch.ui.onionFooter.onionServiceLinkText,
    patch.footerLinks[0].heading,
    'روزنامه\u200cنگاران شهروند در چین',
  ]) {
    assert.ok(page.includes(farsi), farsi);
  }
  assert.ok(!page.includes('Journalists and their audience use Tor'));
  assert.ok(!page.includes('lang="en"'), 'nothing falls back to English');
  assert.equal(page.match(/<div part="base" class="base" dir="rtl" lang="fa"\s*>/g)?.length, 3);
});
