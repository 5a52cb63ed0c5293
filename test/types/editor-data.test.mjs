// The editor data generated from the manifest (scripts/consumer-types.mjs): VS Code's custom HTML and CSS
// data and JetBrains' web-types describe every element as custom-elements.json does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = read('package.json');
const manifest = read('custom-elements.json');
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement));
const TAGS = elements.map((element) => element.tagName).sort();

test('VS Code HTML data: every element with every attribute; remember offers its values, no-copy none', () => {
  const data = read('dist/vscode.html-custom-data.json');
  assert.deepEqual(data.tags.map((tag) => tag.name).sort(), TAGS);
  for (const element of elements) {
    const tag = data.tags.find((entry) => entry.name === element.tagName);
    assert.deepEqual(
      tag.attributes.map((attribute) => attribute.name),
      element.attributes.map((attribute) => attribute.name),
    );
    assert.ok(tag.description.value.startsWith(element.summary), element.tagName);
  }
  const banner = data.tags.find((tag) => tag.name === 'tor-donate-banner');
  assert.deepEqual(banner.attributes.find((attribute) => attribute.name === 'remember').values, [
    { name: 'session' },
    { name: 'local' },
    { name: 'none' },
  ]);
  const footer = data.tags.find((tag) => tag.name === 'tor-onion-footer');
  assert.equal(footer.attributes.find((attribute) => attribute.name === 'no-copy').valueSet, 'v');
});

test('VS Code CSS data: each custom property once, the global tokens included, with its default', () => {
  const { properties } = read('dist/vscode.css-custom-data.json');
  const names = properties.map((property) => property.name);
  assert.equal(new Set(names).size, names.length);
  for (const name of ['--tor-color-purple', '--tor-space', '--tor-onion-footer-background', '--tor-user-groups-gap'])
    assert.ok(names.includes(name), name);
  const purple = properties.find((property) => property.name === '--tor-color-purple');
  assert.match(purple.description.value, /Default: `#7d4698`/);
});

test('web-types (package.json "web-types"): elements, attributes, slots, events, properties, CSS', () => {
  const webTypes = read(pkg['web-types']);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const html = webTypes.contributions.html.elements;
  assert.deepEqual(html.map((element) => element.name).sort(), TAGS);
  const banner = html.find((element) => element.name === 'tor-donate-banner');
  assert.deepEqual(
    banner.events.map((event) => event.name),
    ['tor-dismiss'],
  );
  assert.equal(
    banner.attributes.find((attribute) => attribute.name === 'remember').value.type,
    "'session' | 'local' | 'none'",
  );
  const groups = html.find((element) => element.name === 'tor-user-groups');
  assert.ok(groups.slots.some((slot) => slot.name === 'anchor-<group id>'));
  assert.ok(groups.css.properties.some((property) => property.name === '--tor-color-focus'));
  assert.ok(groups.css.parts.some((part) => part.name === 'card-heading'));
  assert.ok(groups.js.properties.some((property) => property.name === 'groupsData'));
});

test('no generated file names a source (src/): consumers get only what the package ships', () => {
  for (const file of ['dist/types/elements.d.ts', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', pkg['web-types']]) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\bsrc\//, file);
  }
});
