/**
 * Controls for the arguments that name content by id (`group`, `groups`, `tip`, `campaign`): a select
 * (or checkboxes) of the ids the content has, so a designer picks a group rather than typing one that
 * does not exist. Generated from the content, so a new group appears here by itself.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

type Row = ArgTypes[string];

const idsOf = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

/** One id of `items`; with `empty`, also none, labelled with what the element then shows. */
export function idSelect(items: ReadonlyArray<{ id: string }>, empty?: string): Row {
  const ids = idsOf(items);
  return {
    options: empty === undefined ? ids : ['', ...ids],
    control: { type: 'select', labels: empty === undefined ? {} : { '': empty } },
  };
}

/** Any of the ids of `items`, in the order ticked; `spaced()` turns them into the attribute's value. */
export function idChecks(items: ReadonlyArray<{ id: string }>): Row {
  return { options: idsOf(items), control: { type: 'check' } };
}

/** Checked ids (an array) as the space-separated attribute value the element reads. */
export const spaced = (value: unknown): unknown => (Array.isArray(value) ? value.join(' ') : value);
