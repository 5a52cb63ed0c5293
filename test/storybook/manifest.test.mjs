// The Custom Elements Manifest (`npm run analyze`): valid against the published schema of the version
// it declares, complete — every attribute and every @slot, @csspart, @cssprop and @fires the
// components' sources declare is in it, so Storybook's docs leave nothing out — and true to the
// package as published: shipped module paths, whole slot names, literal types written out, and every
// CSS custom property (the element's own and the global tokens) with the default its styles use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const MANIFEST = 'custom-elements.json';

const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : undefined;
const elements = (manifest?.modules ?? []).flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .map((element) => ({ module, element })),
);
const names = (list) => (list ?? []).map((item) => item.name).sort();
/** The source a published module was built from: `dist/x/y.js` → `src/x/y.ts`. */
const sourceOf = (path) => path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
const SHARED_STYLES = 'src/internal/shared.styles.ts';

test('custom-elements.json exists (npm run analyze writes it)', () => {
  assert.ok(manifest, `${MANIFEST} is missing: run \`npm run analyze\``);
});

test('custom-elements.json is valid against the published schema of its schemaVersion', () => {
  const schemaPackage = require('custom-elements-manifest/package.json');
  assert.equal(
    manifest.schemaVersion,
    schemaPackage.version,
    `the manifest says schema ${manifest.schemaVersion}; install custom-elements-manifest@${manifest.schemaVersion} to check it`,
  );
  const validate = new Ajv({ allErrors: true }).compile(require('custom-elements-manifest/schema.json'));
  const valid = validate(manifest);
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
});

test('the manifest has the five elements, each linked to its tag and registering module', () => {
  assert.deepEqual(elements.map(({ element }) => element.tagName).sort(), [
    'tor-donate-banner',
    'tor-onion-footer',
    'tor-tip-box',
    'tor-user-group-card',
    'tor-user-groups',
  ]);
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
  );
  for (const { module, element } of elements) {
    const definition = definitions.find((entry) => entry.name === element.tagName);
    assert.ok(definition, `no custom-element-definition for ${element.tagName}`);
    assert.deepEqual(definition.declaration, { name: element.name, module: module.path });
  }
});

test('every module path and reference names a file the package ships (dist/…js), not a source', () => {
  const paths = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]*"/g) ?? [];
  assert.ok(paths.length > 0);
  for (const entry of paths) {
    const path = JSON.parse(`{${entry}}`).path ?? JSON.parse(`{${entry}}`).module;
    assert.match(path, /^dist\/.*\.js$/, entry);
    // Built by `npm run build`, which `npm test` runs before these checks.
    if (existsSync('dist')) assert.ok(existsSync(path), `${path} is not built`);
  }
});

/**
 * What the JSDoc declares with `@tag {type} name - description`, `@tag [name=default] - description`
 * or `@tag - description` (the default slot, ''): names may hold spaces (`anchor-<group id>`).
 */
function declared(source, tag) {
  return [...source.matchAll(new RegExp(`^\\s*\\* @${tag} (?:\\{[^}]*\\} )?(\\[[^\\]]*\\]|.*?)\\s*-(?: |$)`, 'gm'))]
    .map(([, name]) => name.replace(/^\[([^=\]]+).*\]$/, '$1'))
    .sort();
}

/**
 * The attributes the class's `static properties` give it: `attribute: 'x'`, none (`attribute: false`,
 * as every `state: true` entry says), or the lowercased name.
 */
function declaredAttributes(source) {
  const block = /static override properties: PropertyDeclarations = \{\n([\s\S]*?)\n {2}\};/.exec(source)?.[1] ?? '';
  return [...block.matchAll(/^ {4}(\w+): \{(.*)\},$/gm)]
    .flatMap(([, field, options]) => {
      if (/attribute:\s*false/.test(options)) return [];
      return [/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? field.toLowerCase()];
    })
    .sort();
}

for (const { module, element } of elements) {
  test(`<${element.tagName}>: attributes, slots, parts, custom properties and events match its source`, () => {
    const source = readFileSync(sourceOf(module.path), 'utf8');
    assert.deepEqual(names(element.attributes), declaredAttributes(source), 'attributes');
    assert.deepEqual(names(element.slots), declared(source, 'slot'), 'slots');
    assert.deepEqual(names(element.cssParts), declared(source, 'csspart'), 'parts');
    const globalTokens = declared(readFileSync(SHARED_STYLES, 'utf8'), 'cssprop');
    assert.deepEqual(
      names(element.cssProperties),
      [...declared(source, 'cssprop'), ...globalTokens].sort(),
      'CSS custom properties: its own and the global tokens',
    );
    assert.deepEqual(names(element.events), declared(source, 'fires'), 'events');
    assert.ok(element.summary, 'a @summary');
    for (const list of [element.attributes, element.slots, element.cssParts, element.cssProperties, element.events]) {
      for (const item of list ?? [])
        assert.ok(item.description, `${element.tagName}: "${item.name}" has no description`);
    }
  });
}

test('the banner fires tor-dismiss and the footer tor-copy', () => {
  const events = Object.fromEntries(elements.map(({ element }) => [element.tagName, names(element.events)]));
  assert.deepEqual(events['tor-donate-banner'], ['tor-dismiss']);
  assert.deepEqual(events['tor-onion-footer'], ['tor-copy']);
});

const element = (tag) => elements.find((entry) => entry.element.tagName === tag).element;

test('a slot name with a space is kept whole: anchor-<group id>', () => {
  assert.deepEqual(names(element('tor-user-groups').slots), ['', 'anchor-<group id>']);
});

test("a type alias of literals is written out: remember is 'session' | 'local' | 'none'", () => {
  const banner = element('tor-donate-banner');
  const expected = "'session' | 'local' | 'none'";
  assert.equal(banner.attributes.find((attribute) => attribute.name === 'remember').type.text, expected);
  assert.equal(banner.members.find((member) => member.name === 'remember').type.text, expected);
});

/** Every fallback `css` gives `name` in `var(name, fallback)`, whitespace folded. */
function fallbacks(css, name) {
  return [...css.matchAll(new RegExp(`var\\(\\s*${name}\\s*,`, 'g'))].map((match) => {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; depth > 0; end += 1) depth += { '(': 1, ')': -1 }[css[end]] ?? 0;
    return css
      .slice(match.index + match[0].length, end - 1)
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/** The styles name private copies of the tokens (`--_space: var(--tor-space, 1rem)`); docs name the tokens. */
const shared = readFileSync(SHARED_STYLES, 'utf8');
const tokenOf = Object.fromEntries(
  [...shared.matchAll(/(--_[\w-]+):\s*var\(\s*(--tor-[\w-]+)/g)].map(([, p, t]) => [p, t]),
);
const inTokens = (value) =>
  value.replace(/var\((--_[\w-]+)\)/g, (whole, name) => (tokenOf[name] ? `var(${tokenOf[name]})` : whole));

test('the global tokens are every --tor-* the shared styles read, each with its default', () => {
  const read = [...new Set([...shared.matchAll(/var\(\s*(--tor-[\w-]+)/g)].map(([, name]) => name))].sort();
  for (const { element: declaration } of elements) {
    const properties = Object.fromEntries(declaration.cssProperties.map((property) => [property.name, property]));
    for (const token of read) {
      assert.ok(properties[token], `<${declaration.tagName}> lists ${token}`);
      assert.deepEqual(
        [...new Set(fallbacks(shared, token).map(inTokens))],
        [properties[token].default],
        `${token}'s default`,
      );
    }
  }
});

for (const { module, element: declaration } of elements) {
  test(`<${declaration.tagName}>: each own CSS custom property has the default its styles use`, () => {
    // Every style module in the element's folder (the card's look is shared with the collection).
    const folder = dirname(sourceOf(module.path));
    const styles = readdirSync(folder)
      .filter((file) => file.endsWith('.styles.ts'))
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .join('\n');
    const own = declaration.cssProperties.filter((property) => property.name.startsWith(`--${declaration.tagName}-`));
    assert.ok(own.length > 0);
    for (const property of own) {
      const used = [...new Set(fallbacks(styles, property.name).map(inTokens))];
      assert.deepEqual(used, [property.default], `${property.name}: styles use ${used.join(' / ')}`);
    }
  });
}
test('the banner’s remember="session" is documented as sessionStorage behaves: one tab, until it closes', () => {
  const banner = elements.find(({ element }) => element.tagName === 'tor-donate-banner').element;
  const remember = banner.attributes
    .find((attribute) => attribute.name === 'remember')
    .description.replace(/\s+/g, ' ');
  assert.match(remember, /`session` \(in this tab[^)]*a new tab or window shows the banner again\)/);
  assert.doesNotMatch(remember, /until the browser closes/);
  const readme = readFileSync('README.md', 'utf8');
  assert.doesNotMatch(readme, /until the browser closes/);
});
