// `tor-elements-i18n compile`: PO files → validated content per locale, entry by entry.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compilePo } from '../../dist/i18n/compile.js';
import { decodeSegments, encodeSegments, placeholderProblem } from '../../dist/i18n/tags.js';
import { englishContent, registerContent, resetContent, validateContentPatch } from '../../dist/content/index.js';
import { FIXTURES, i18n, temporaryFolder } from './support.mjs';

/** Compiles the fixture PO files from a copy of the fixtures folder, so messages name them as `ru.po`. */
function compileFixtures(...names) {
  const folder = temporaryFolder();
  cpSync(FIXTURES, folder, { recursive: true });
  const result = i18n(['compile', ...names, '--out', 'out'], folder);
  const read = (name) => readFileSync(join(folder, 'out', name), 'utf8');
  return { ...result, folder, read, json: (locale) => JSON.parse(read(`${locale}.json`)) };
}

const po = (
  entries,
  headers = 'Language: ru\\nPlural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n',
) => `msgid ""\nmsgstr "${headers}"\n\n${entries}`;

describe('a PO file with an entry of each kind', () => {
  const run = compileFixtures('ru.po');

  test('refuses each entry whose tags or placeholders differ from its source, with file:line: msgctxt: reason, and exits 1', () => {
    assert.equal(run.code, 1);
    const refusals = run.stderr.split('\n').filter((line) => line && !line.includes(': warning: '));
    assert.deepEqual(refusals, [
      'ru.po:18: tips/volunteer: <2> is not in the English text, which has <1>',
      'ru.po:24: userGroups/journalist/items/0: <2> must be inside <1>',
      'ru.po:32: ui/onionFooter/offer: {address} missing',
    ]);
    assert.match(
      run.stdout,
      /ru\.po → out\/ru\.js, out\/ru\.json: 3 translated, 1 untranslated, 1 fuzzy \(skipped\), 1 obsolete \(skipped\), 3 refused/,
    );
    assert.match(run.stdout, /1 of 1 PO files compiled into out; 3 entries refused \(shown in English\), 2 warnings\./);
  });

  test('warns about, and skips, an entry the English content does not have and one translated from older English', () => {
    const warnings = run.stderr.split('\n').filter((line) => line.includes(': warning: '));
    assert.deepEqual(warnings, [
      'ru.po:51: warning: userGroups/pirates/heading: no such string in the current English content; skipped',
      'ru.po:55: warning: footerLinks/about/heading: translated from an older English text (update the file from the POT); skipped',
    ]);
  });

  test('writes content that validates, as JSON and as an ES module with no import and no side effect', async () => {
    const patch = run.json('ru');
    assert.deepEqual(validateContentPatch(patch), { ok: true, problems: [] });
    const module = run.read('ru.js');
    assert.equal(module, `export default ${JSON.stringify(patch)};\n`);
    assert.doesNotMatch(module, /\bimport\b/);
    assert.deepEqual((await import(pathToFileURL(join(run.folder, 'out/ru.js')))).default, patch);
  });

  test('keeps translated entries, leaves out fuzzy, refused, untranslated and unknown ones', () => {
    const patch = run.json('ru');
    assert.deepEqual(patch.tips, [
      {
        id: 'donate',
        segments: [
          { type: 'text', text: 'Tor создают и поддерживают такие же люди, как вы. ' },
          { type: 'link', text: 'Поддержите нас', href: 'https://www.torproject.org/donate/donate.html.en' },
          { type: 'text', text: '!' },
        ],
      },
    ]);
    assert.equal(patch.ui.tipBox, undefined, 'the fuzzy heading is left out');
    assert.equal(patch.ui.onionFooter, undefined, 'the refused offer is left out');
    assert.equal(patch.footerLinks, undefined, 'the stale heading is left out');
    assert.deepEqual(Object.keys(patch).sort(), ['tips', 'ui', 'userGroups']);
    assert.equal(patch.userGroups.length, 1);
    assert.equal(patch.userGroups[0].heading, undefined, 'the untranslated heading is left out');
  });

  test('gives a list without ids whole: untranslated items stay English and say so with lang: "en"', () => {
    const [bloggers] = run.json('ru').userGroups;
    assert.equal(bloggers.id, 'bloggers');
    const english = englishContent.userGroups.find((group) => group.id === 'bloggers').items;
    assert.deepEqual(bloggers.items, [
      { ...english[0], lang: 'en' },
      {
        segments: [
          { type: 'text', text: 'Мы рекомендуем ' },
          {
            type: 'link',
            text: 'юридическое руководство EFF для блогеров',
            href: 'http://www.eff.org/issues/bloggers/legal',
          },
          { type: 'text', text: '.' },
        ],
      },
      { ...english[2], lang: 'en' },
    ]);
    resetContent();
    assert.ok(registerContent('ru', run.json('ru')).ok);
    resetContent();
  });

  test('maps Russian’s three gettext forms to CLDR’s one, few, many and other', () => {
    const { daysLeft } = run.json('ru').ui.donateBanner;
    assert.deepEqual(daysLeft, {
      one: 'Остался {count} день',
      few: 'Осталось {count} дня',
      many: 'Осталось {count} дней',
      other: 'Осталось {count} дней',
    });
    const rules = new Intl.PluralRules('ru');
    const shown = (n) => daysLeft[rules.select(n)].replace('{count}', n);
    assert.deepEqual([1, 2, 5, 11, 21, 22, 25, 101, 111, 112].map(shown), [
      'Остался 1 день',
      'Осталось 2 дня',
      'Осталось 5 дней',
      'Осталось 11 дней',
      'Остался 21 день',
      'Осталось 22 дня',
      'Осталось 25 дней',
      'Остался 101 день',
      'Осталось 111 дней',
      'Осталось 112 дней',
    ]);
  });
});

test('maps Arabic’s six gettext forms to CLDR’s zero, one, two, few, many and other', () => {
  const run = compileFixtures('ar.po');
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const { daysLeft } = run.json('ar').ui.donateBanner;
  assert.deepEqual(Object.keys(daysLeft), ['zero', 'one', 'two', 'few', 'many', 'other']);
  const rules = new Intl.PluralRules('ar');
  const form = (n) => daysLeft[rules.select(n)];
  assert.equal(form(0), 'لم يتبقَّ أي يوم');
  assert.equal(form(1), 'يتبقّى يوم واحد');
  assert.equal(form(2), 'يتبقّى يومان');
  for (const n of [3, 10, 103]) assert.equal(form(n), 'يتبقّى {count} أيام', n);
  for (const n of [11, 99, 111]) assert.equal(form(n), 'يتبقّى {count} يومًا', n);
  for (const n of [100, 101, 102]) assert.equal(form(n), 'يتبقّى {count} يوم', n);
});

describe('plural entries', () => {
  const daysLeft = (forms) =>
    `msgctxt "ui/donateBanner/daysLeft"\nmsgid "{count} day left"\nmsgid_plural "{count} days left"\n${forms
      .map((form, index) => `msgstr[${index}] "${form}"`)
      .join('\n')}\n`;

  test('refuses a plural with fewer forms than Plural-Forms says', () => {
    const result = compilePo(po(daysLeft(['{count} день', '{count} дня'])));
    assert.deepEqual(
      result.refused.map((p) => p.reason),
      ['has 2 plural forms, the Plural-Forms header says 3'],
    );
  });

  test('refuses a plural without a Plural-Forms header to read its forms by', () => {
    const result = compilePo(po(daysLeft(['{count} день', '{count} дня', '{count} дней']), 'Language: ru\\n'));
    assert.deepEqual(
      result.refused.map((p) => p.reason),
      ['the file has no Plural-Forms header'],
    );
  });

  test('refuses a form with a placeholder the source lacks, and the form for "other" without {count}', () => {
    const extra = compilePo(po(daysLeft(['{count} день', '{count} дня', '{days} дней'])));
    assert.match(extra.refused[0].reason, /^msgstr\[2\] \(many\): \{days\} is not in the English text$/);
    const missing = compilePo(po(daysLeft(['{count} день', '{count} дня', 'много дней'])));
    assert.match(missing.refused[0].reason, /^msgstr\[2\] \(other\): \{count\} missing$/);
  });

  test('leaves a plural with an empty form untranslated, with a warning', () => {
    const result = compilePo(po(daysLeft(['{count} день', '', '{count} дней'])));
    assert.equal(result.patch.ui, undefined);
    assert.deepEqual(
      result.warnings.map((p) => p.reason),
      ['some plural forms are empty; left untranslated'],
    );
  });
});

describe('the locale', () => {
  const heading = 'msgctxt "ui/tipBox/heading"\nmsgid "Tor Tip"\nmsgstr "Dica do Tor"\n';

  test('is the Language header, in BCP 47 form', () => {
    assert.equal(compilePo(po(heading, 'Language: pt_BR\\n'), { file: 'i18n/xx.po' }).locale, 'pt-BR');
  });

  test('is the file name where there is no Language header', () => {
    assert.equal(compilePo(po(heading, ''), { file: 'i18n/zh_CN.po' }).locale, 'zh-CN');
  });

  test('is as given, whatever the file says (the prerender command’s --content fa=…)', () => {
    assert.equal(compilePo(po(heading, 'Language: pt_BR\\n'), { locale: 'pt' }).locale, 'pt');
  });
});

test('refuses an entry that would not validate, naming the path', () => {
  const result = compilePo(po('msgctxt "userGroups/bloggers/heading"\nmsgid "Bloggers use Tor"\nmsgstr "   "\n'));
  assert.deepEqual(
    result.refused.map((p) => p.reason),
    ['userGroups[0].heading: must not be empty'],
  );
});

test('a file that is not valid PO is not compiled; the others are, and the run exits 1', () => {
  const folder = temporaryFolder();
  const arabic = readFileSync(join(FIXTURES, 'ar.po'), 'utf8');
  writeFileSync(join(folder, 'ar.po'), arabic);
  // An unescaped quote, as a hand edit may leave one.
  writeFileSync(join(folder, 'broken.po'), arabic.replace('"يتبقّى {count} يوم"', '"يتبقّى "{count}" يوم"'));
  const run = i18n(['compile', '.', '--out', 'out'], folder);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^broken\.po:17: not compiled: .*Invalid key name/m);
  assert.match(run.stdout, /1 of 2 PO files compiled into out; 1 file not compiled\./);
});

describe('numbered tags', () => {
  const { tags } = encodeSegments(englishContent.userGroups.find((g) => g.id === 'activists').items[1].segments);
  const reason = (translation) => decodeSegments(translation, tags).reason;

  test('may move, with the words around them, where the language needs', () => {
    const decoded = decodeSegments('<1>A <2>b</2> c</1> d', tags);
    assert.ok(decoded.ok);
    const moved = decodeSegments('d <1><2>b</2> A c</1>', tags);
    assert.ok(moved.ok);
    assert.equal(moved.segments[1].segments[0].href, 'http://www.afsc.org/story/iowans-rally-defense-civil-liberties');
  });

  test('must all be there, once, nested as in English', () => {
    assert.equal(reason('<1>A</1> d'), '<2>…</2> missing');
    assert.equal(reason('<1>A <2>b</2> <2>c</2></1>'), '<2> appears twice');
    assert.equal(reason('<1>A</1> <2>b</2>'), '<2> must be inside <1>');
    assert.equal(reason('<1>A <2>b</1> c</2>'), '</1> comes before </2>');
    assert.equal(reason('<1>A <2>b</2> c'), '<1> is not closed');
    assert.equal(reason('<1>A <2>b</2></1> <3>c</3>'), '<3> is not in the English text, which has <1>, <2>');
    assert.equal(reason('</1><1>A <2>b</2></1>'), '</1> closes a tag that is not open');
    assert.equal(reason('<1>A <2> </2></1>'), '<2>…</2> is empty');
  });

  test('are refused in text that has none', () => {
    assert.equal(decodeSegments('<1>x</1>', []).reason, '<1> is not in the English text, which has no tags');
  });
});

test('placeholders must all be there, once, with none added', () => {
  const english = 'See {directory} for all {siteName} onion addresses.';
  assert.equal(placeholderProblem('{siteName}: {directory}', english), undefined);
  assert.equal(placeholderProblem('{directory}', english), '{siteName} missing');
  assert.equal(placeholderProblem('{directory} {siteName} {site}', english), '{site} is not in the English text');
  assert.equal(placeholderProblem('{directory} {siteName} {siteName}', english), '{siteName} appears more than once');
});
