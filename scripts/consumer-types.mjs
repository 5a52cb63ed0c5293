// Consumer types and editor data, written into dist/ from custom-elements.json at build time (so they are
// never written by hand, and say what the elements' JSDoc says):
//   dist/types/elements.d.ts   each element's properties, attributes and events, typed from its class
//   dist/types/react.d.ts      React 19 `JSX.IntrinsicElements` (`ontor-*` event handlers)
//   dist/types/preact.d.ts     Preact `JSX.IntrinsicElements` (`ontor-*` event handlers)
//   dist/types/vue.d.ts        Vue 3 `GlobalComponents`, for `vue-tsc --strictTemplates` (`@tor-*` events)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code's custom data
//   dist/web-types.json        JetBrains web-types (package.json's `web-types` points here)
// Names and documentation come from the manifest; TypeScript types come from the classes themselves
// (`TorTipBox['headingLevel']`), so a type is declared once, in the source.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The elements of the manifest, each with what a consumer can set, listen to and style. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        const attributes = declaration.attributes ?? [];
        const properties = (declaration.members ?? []).filter(
          (member) =>
            member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
        );
        const propertyNames = new Set(properties.map((property) => property.name));
        return {
          tag: declaration.tagName,
          className: declaration.name,
          summary: declaration.summary ?? '',
          description: declaration.description ?? '',
          properties,
          // Attributes whose name is not also a property's: frameworks set those as attributes.
          attributesOnly: attributes.filter((attribute) => !propertyNames.has(attribute.name)),
          attributes,
          events: declaration.events ?? [],
          slots: declaration.slots ?? [],
          cssProperties: declaration.cssProperties ?? [],
          cssParts: declaration.cssParts ?? [],
        };
      }),
  );
}

const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_match, _dash, letter) => letter.toUpperCase());
/** `tor-dismiss` → `onTorDismiss`: the prop Vue maps `@tor-dismiss` to. */
const vueHandler = (event) => `on${pascal(event)}`;
const str = (text) => `'${text}'`;
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name));
/** A JSDoc block, or nothing for an empty text. */
const doc = (text, indent = '  ') =>
  text
    ? `${indent}/**\n${text
        .trim()
        .replace(/\*\//g, '*\\/')
        .split('\n')
        .map((line) => `${indent} *${line ? ` ${line}` : ''}`)
        .join('\n')}\n${indent} */\n`
    : '';

const BANNER = '// Generated from custom-elements.json by scripts/consumer-types.mjs: do not edit.\n';

/** Framework-neutral props per element: `TorTipBoxProps` (properties and attributes) and `TorTipBoxEventMap`. */
function elementsDeclaration(elements) {
  const classes = elements.map((element) => element.className).join(', ');
  const parts = elements.map((element) => {
    const name = element.className;
    const properties = element.properties.map(
      (property) => `${doc(property.description)}  ${quote(property.name)}?: ${name}[${str(property.name)}];\n`,
    );
    const attributes = element.attributesOnly.map(
      (attribute) =>
        `${doc(`${attribute.description ?? ''}\n\nThe \`${attribute.name}\` attribute (property \`${attribute.fieldName}\`).`)}  ${quote(attribute.name)}?: AttributeValue<${name}[${str(attribute.fieldName)}]>;\n`,
    );
    const events = element.events.map(
      (event) => `${doc(event.description)}  ${quote(event.name)}: GlobalEventHandlersEventMap[${str(event.name)}];\n`,
    );
    return (
      `${doc(`Properties and attributes of \`<${element.tag}>\`: ${element.summary}`, '')}export interface ${name}Props {\n${[...properties, ...attributes].join('')}}\n\n` +
      `/** The events \`<${element.tag}>\` fires, by name. */\nexport interface ${name}EventMap {\n${events.join('')}}\n`
    );
  });
  const tagMap = elements.map(
    (element) =>
      `  ${quote(element.tag)}: { props: ${element.className}Props; events: ${element.className}EventMap; element: ${element.className} };\n`,
  );
  return `${BANNER}import type { ${classes} } from '../index.js';

/** What an attribute holds for a property of type \`T\`: numbers and literals as written, objects as JSON text. */
export type AttributeValue<T> = NonNullable<T> extends infer V
  ? V extends boolean
    ? boolean
    : V extends number
      ? number | \`\${number}\`
      : V extends string
        ? V
        : string
  : never;

${parts.join('\n')}
/** Every element by tag: its props, its events and its class. */
export interface TorElements {
${tagMap.join('')}}
`;
}

/** JSX props for React 19 or Preact: the framework's HTML attributes, the element's props, `ontor-*` handlers. */
const jsxProps = `type Handlers<Events> = { [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void };
type ElementProps<Tag extends keyof TorElements, Html> = Omit<Html, keyof TorElements[Tag]['props']> &
  TorElements[Tag]['props'] &
  Handlers<TorElements[Tag]['events']>;`;

function jsxDeclaration(elements, framework) {
  const react = framework === 'react';
  const html = react
    ? (tag) => `DetailedHTMLProps<HTMLAttributes<TorElements['${tag}']['element']>, TorElements['${tag}']['element']>`
    : (tag) => `HTMLAttributes<TorElements['${tag}']['element']>`;
  const entries = elements.map(
    (element) =>
      `${doc(element.summary, '      ')}      ${quote(element.tag)}: ElementProps<'${element.tag}', ${html(element.tag)}>;\n`,
  );
  const imports = react
    ? "import type { DetailedHTMLProps, HTMLAttributes } from 'react';"
    : "import type { HTMLAttributes } from 'preact';";
  const usage = react ? 'React 19' : 'Preact';
  return `${BANNER}// ${usage}: \`<tor-tip-box tip="donate" />\` type-checked, with \`ontor-*\` event handlers typed.
// Include once in your project: \`import type {} from 'tor-elements/${framework}';\`
${imports}
import type { TorElements } from './elements.js';

${jsxProps}

declare module '${framework}' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('')}    }
  }
}
`;
}

function vueDeclaration(elements) {
  const entries = elements.map((element) => {
    const handlers = element.events
      .map(
        (event) =>
          `${vueHandler(event.name)}?: (event: TorElements['${element.tag}']['events'][${str(event.name)}]) => void`,
      )
      .join('; ');
    const props = `TorElements['${element.tag}']['props']${handlers ? ` & { ${handlers} }` : ''}`;
    return `${doc(element.summary, '    ')}    ${quote(element.tag)}: DefineComponent<${props} & Omit<HTMLAttributes, keyof TorElements['${element.tag}']['props']>>;\n`;
  });
  return `${BANNER}// Vue 3: the elements in \`vue-tsc --strictTemplates\`, with \`@tor-dismiss\` and \`@tor-copy\` typed. Tell Vue's
// compiler they are custom elements (\`isCustomElement: (tag) => tag.startsWith('tor-')\`) and include once:
// \`import type {} from 'tor-elements/vue';\`
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { TorElements } from './elements.js';

declare module 'vue' {
  interface GlobalComponents {
${entries.join('')}  }
}
`;
}

/** `'session' | 'local' | 'none'` → ['session', 'local', 'none']; undefined for any other type. */
function literalValues(typeText = '') {
  const values = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined')
    .map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return values.length > 0 && values.every((value) => value !== undefined) ? values : undefined;
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';
const markdown = (value) => ({ kind: 'markdown', value });

/** The element's documentation as one markdown text: summary, description, slots, events, parts. */
function elementDocs(element) {
  const list = (title, items, format) =>
    items.length ? `\n\n**${title}**\n\n${items.map((item) => `- ${format(item)}`).join('\n')}` : '';
  return (
    `${element.summary}\n\n${element.description}`.trim() +
    list(
      'Slots',
      element.slots,
      (slot) => `${slot.name ? `\`${slot.name}\`` : '(default)'}: ${slot.description ?? ''}`,
    ) +
    list('Events', element.events, (event) => `\`${event.name}\`: ${event.description ?? ''}`) +
    list('CSS parts', element.cssParts, (part) => `\`::part(${part.name})\`: ${part.description ?? ''}`)
  );
}

function vscodeHtmlData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: markdown(elementDocs(element)),
      attributes: element.attributes.map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: markdown(attribute.description ?? ''),
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [],
    })),
  };
}

/** Every CSS custom property once (the global tokens are on every element). */
const uniqueCssProperties = (elements) => [
  ...new Map(
    elements.flatMap((element) => element.cssProperties).map((property) => [property.name, property]),
  ).values(),
];

function vscodeCssData(elements) {
  return {
    version: 1.1,
    properties: uniqueCssProperties(elements).map((property) => ({
      name: property.name,
      description: markdown(
        `${property.description ?? ''}${property.default ? `\n\nDefault: \`${property.default}\`` : ''}`,
      ),
    })),
  };
}

function webTypes(elements) {
  return {
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: elementDocs(element),
          source: { module: pkg.name, symbol: element.className },
          attributes: element.attributes.map((attribute) => {
            const values = literalValues(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description ?? '',
              ...(attribute.default ? { default: attribute.default } : {}),
              value: isBoolean(attribute)
                ? { type: 'boolean', required: false }
                : { type: values ? values.map((value) => `'${value}'`).join(' | ') : 'string' },
            };
          }),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: element.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
          js: {
            properties: element.properties.map((property) => ({
              name: property.name,
              description: property.description ?? '',
              type: property.type?.text ?? 'unknown',
            })),
            events: element.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
          css: {
            properties: element.cssProperties.map((property) => ({
              name: property.name,
              description: `${property.description ?? ''}${property.default ? ` Default: \`${property.default}\`.` : ''}`,
            })),
            parts: element.cssParts.map((part) => ({ name: part.name, description: part.description ?? '' })),
          },
        })),
      },
    },
  };
}

/** Writes every file into `outDir` (dist/); returns their paths. */
export function writeConsumerTypes(manifest, outDir = 'dist') {
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('custom-elements.json lists no elements: run `npm run analyze` first');
  const files = {
    'types/elements.d.ts': elementsDeclaration(elements),
    'types/react.d.ts': jsxDeclaration(elements, 'react'),
    'types/preact.d.ts': jsxDeclaration(elements, 'preact'),
    'types/vue.d.ts': vueDeclaration(elements),
    'vscode.html-custom-data.json': `${JSON.stringify(vscodeHtmlData(elements), null, 2)}\n`,
    'vscode.css-custom-data.json': `${JSON.stringify(vscodeCssData(elements), null, 2)}\n`,
    'web-types.json': `${JSON.stringify(webTypes(elements), null, 2)}\n`,
  };
  mkdirSync(join(outDir, 'types'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(outDir, file), text);
  return Object.keys(files).map((file) => join(outDir, file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const written = writeConsumerTypes(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  console.log(`Consumer types: ${written.join(', ')}`);
}
