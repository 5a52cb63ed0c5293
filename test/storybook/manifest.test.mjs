// The Custom Elements Manifest (`npm run analyze`): valid against the published schema of the version
// it declares, and complete — every attribute and every @slot, @csspart, @cssprop and @fires the
// components' sources declare is in it, so Storybook's docs leave nothing out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
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

/** What the class's JSDoc declares with `@tag {type} name - description` (the default slot `-` is ''). */
function declared(source, tag) {
  return [...source.matchAll(new RegExp(`^\\s*\\* @${tag} (?:\\{[^}]*\\} )?(\\S+)`, 'gm'))]
    .map(([, name]) => (name === '-' ? '' : name))
    .sort();
}

/** The attributes the class's `@property()` decorators give it: `attribute: 'x'`, none, or the lowercased name. */
function declaredAttributes(source) {
  return [...source.matchAll(/@property\(([^)]*)\)\s+(?:override\s+)?(\w+)/g)]
    .flatMap(([, options, field]) => {
      if (/attribute:\s*false/.test(options)) return [];
      return [/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? field.toLowerCase()];
    })
    .sort();
}

for (const { module, element } of elements) {
  test(`<${element.tagName}>: attributes, slots, parts, custom properties and events match its source`, () => {
    const source = readFileSync(module.path, 'utf8');
    assert.deepEqual(names(element.attributes), declaredAttributes(source), 'attributes');
    assert.deepEqual(names(element.slots), declared(source, 'slot'), 'slots');
    assert.deepEqual(names(element.cssParts), declared(source, 'csspart'), 'parts');
    assert.deepEqual(names(element.cssProperties), declared(source, 'cssprop'), 'CSS custom properties');
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
