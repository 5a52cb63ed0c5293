/**
 * Storybook's args table and controls, read from the Custom Elements Manifest (itself generated from
 * the components' JSDoc). Storybook's own reader keys rows by name alone, so a slot and a part that
 * share a name (`heading`) show once and the default slot not at all; here every row has its own key.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { Attribute, ClassField, CustomElement, Package } from 'custom-elements-manifest/schema.js';

type Row = ArgTypes[string];

/** The custom element declaration for `tag`, if the manifest has one. */
function declarationOf(manifest: Package | undefined, tag: string): CustomElement | undefined {
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if ('tagName' in declaration && declaration.tagName === tag) return declaration as CustomElement;
    }
  }
  return undefined;
}

/** Every attribute, property, slot, part, CSS custom property and event of `tag`, as Storybook argTypes. */
export function argTypesFromManifest(manifest: Package | undefined, tag: string): ArgTypes | null {
  const element = declarationOf(manifest, tag);
  if (!element) return null;
  return Object.fromEntries([
    ...publicFields(element).map((field) => fieldRow(field, attributeOf(element, field))),
    ...(element.slots ?? []).map((slot) =>
      row(`slot:${slot.name || 'default'}`, slot.name || '(default)', 'slots', slot.description, false, {
        summary: slot.name ? `slot="${slot.name}"` : 'any child without slot',
      }),
    ),
    ...(element.cssParts ?? []).map((part) =>
      row(`part:${part.name}`, part.name, 'parts', part.description, false, { summary: `${tag}::part(${part.name})` }),
    ),
    ...(element.cssProperties ?? []).map((property): [string, Row] => {
      const [key, entry] = row(
        property.name,
        property.name,
        'CSS custom properties',
        property.description,
        cssControl(property.name),
      );
      entry.table = { ...entry.table, defaultValue: { summary: property.default } };
      return [key, entry];
    }),
    ...(element.events ?? []).map((event): [string, Row] => [
      handlerName(event.name),
      {
        ...row(event.name, event.name, 'events', event.description, false, { summary: 'CustomEvent' })[1],
        action: event.name,
      },
    ]),
  ]);
}

/** `tor-copy` → `onTorCopy`: the arg that holds the event's action; `props()` listens with it. */
function handlerName(event: string): string {
  return `on${event.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
}

function publicFields(element: CustomElement): Array<ClassField & { readonly?: boolean }> {
  return (element.members ?? []).filter(
    (member): member is ClassField =>
      member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );
}

function attributeOf(element: CustomElement, field: ClassField): Attribute | undefined {
  return element.attributes?.find((attribute) => attribute.fieldName === field.name);
}

/**
 * A property with an attribute is listed under its attribute's name (what a page writes in HTML), a
 * property without one under its own name; either way its control changes the element (see `props()`).
 */
function fieldRow(field: ClassField & { readonly?: boolean }, attribute: Attribute | undefined): [string, Row] {
  const type = field.type?.text ?? '';
  const note = attribute ? `Property \`${field.name}\`.` : 'Property only (no attribute).';
  const [, entry] = row(
    field.name,
    attribute?.name ?? field.name,
    attribute ? 'attributes' : 'properties',
    [field.description, field.readonly ? 'Read-only.' : note].filter(Boolean).join('\n\n'),
    field.readonly ? false : controlFor(type),
  );
  entry.table = { ...entry.table, type: { summary: type }, defaultValue: { summary: field.default } };
  const options = literalOptions(type);
  if (options && !field.readonly) Object.assign(entry, { options, control: { type: 'select' } });
  return [field.name, entry];
}

function row(
  key: string,
  name: string,
  category: string,
  description = '',
  control: Row['control'],
  type?: { summary: string },
): [string, Row] {
  return [key, { name, description, control, table: { category, ...(type ? { type } : {}) } }];
}

/** A control from the property's TypeScript type; partner content objects get the JSON editor. */
function controlFor(type: string): Row['control'] {
  const kinds = type.split('|').map((kind) => kind.trim());
  if (kinds.includes('boolean')) return { type: 'boolean' };
  if (kinds.includes('number')) return { type: 'number' };
  if (kinds.includes('Date')) return { type: 'date' };
  if (kinds.includes('string')) return { type: 'text' };
  return { type: 'object' };
}

/** `'session' | 'local' | 'none'` → its values, for a select control; undefined for any other type. */
function literalOptions(type: string): string[] | undefined {
  const kinds = type
    .split('|')
    .map((kind) => kind.trim())
    .filter((kind) => kind !== 'undefined');
  const values = kinds.map((kind) => /^'([^']*)'$/.exec(kind)?.[1]);
  return values.length > 0 && values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

const cssControl = (name: string): Row['control'] =>
  /color|background|accent/.test(name) ? { type: 'color' } : { type: 'text' };
