// The README's React server-rendering guide: React 19 renders the page to HTML, `renderHtml` expands the
// tor-* elements into Declarative Shadow DOM, with the attributes React wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { renderHtml } from 'tor-elements/ssr';
import { getContent } from 'tor-elements/content';

const page = () =>
  h(
    'main',
    { lang: 'en' },
    h('tor-tip-box', { tip: 'donate', 'heading-level': 3 }),
    h('tor-user-group-card', {
      'group-data': JSON.stringify({ ...getContent().userGroups[1], heading: 'Our newsroom' }),
    }),
    h('tor-onion-footer', { 'no-copy': true }),
  );

test('renderHtml(renderToString(<Page />)) renders each element with the attributes React wrote', () => {
  const html = renderHtml(renderToString(h(page)));
  assert.equal(html.match(/<template shadowrootmode="open">/g)?.length, 3);
  assert.match(html, /<tor-tip-box tip="donate" heading-level="3"><template shadowrootmode="open">/);
  const tipBox = html.slice(html.indexOf('<tor-tip-box'), html.indexOf('</tor-tip-box>'));
  assert.match(tipBox, /<h3[^>]*>/, 'heading-level="3" reached the element');
  assert.match(html, /Our newsroom/, 'group-data (JSON) reached the element');
  assert.doesNotMatch(html, /part="copy"/, 'no-copy reached the element');
});

test('a camelCase prop is written as an attribute Lit does not read: the guide says to use attribute names', () => {
  assert.match(renderToString(h('tor-tip-box', { tip: 'donate', headingLevel: 3 })), /headingLevel="3"/);
});
