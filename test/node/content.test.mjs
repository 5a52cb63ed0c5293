// The built package as a site developer's Node code (or a static-site generator) imports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getContent, registerContent, resetContent, validateContent, plainText } from 'tor-elements/content';
import { seedGroupImages, seedGroupLinks } from './seed.mjs';

const linksIn = (segments) =>
  segments.flatMap((segment) =>
    segment.type === 'link' ? [segment.href] : segment.type === 'text' ? [] : linksIn(segment.segments),
  );

test('tor-elements/content gives the 9 groups of the page with their item counts', () => {
  const { userGroups } = getContent();
  assert.deepEqual(
    userGroups.map((group) => [group.id, group.items.length]),
    [
      ['normalusers', 6],
      ['journalist', 5],
      ['lawenforcement', 3],
      ['activists', 10],
      ['spotlight', 2],
      ['executives', 4],
      ['bloggers', 3],
      ['military', 3],
      ['itprofessionals', 5],
    ],
  );
});

test('every link of the page’s groups is a link segment, and no other link is', () => {
  const contentLinks = getContent().userGroups.flatMap((group) =>
    group.items.flatMap((item) => linksIn(item.segments)),
  );
  const normalise = (href) => new URL(href).href;
  assert.deepEqual(contentLinks.map(normalise).sort(), seedGroupLinks().sort());
});

test('the page’s pictures keep their alt texts in the content, for a site to add its own copy of each', () => {
  const { userGroups } = getContent();
  const withImages = userGroups.filter((group) => group.image);
  assert.deepEqual(
    withImages.map((group) => ({ alt: group.image.alt, heading: group.heading })),
    seedGroupImages(),
  );
  // No picture is loaded from torproject.org: a site serves its own.
  assert.ok(withImages.every((group) => group.image.src === undefined));
  try {
    registerContent('en', {
      userGroups: [{ id: 'journalist', image: { src: '/images/media.jpg', width: 960, height: 480 } }],
    });
    const journalist = getContent().userGroups.find((group) => group.id === 'journalist');
    assert.deepEqual(journalist.image, {
      alt: 'Journalists and the Media',
      src: '/images/media.jpg',
      width: 960,
      height: 480,
    });
  } finally {
    resetContent();
  }
});

test('bold lead-ins are strong segments, not markup in text', () => {
  const [first] = getContent().userGroups[0].items;
  assert.equal(first.segments[0].type, 'strong');
  assert.equal(
    plainText(first.segments[0].segments),
    'They protect their privacy from unscrupulous marketers and identity thieves.',
  );
  const allText = JSON.stringify(getContent());
  assert.doesNotMatch(allText, /\*\*|<a |<strong>/);
});

test('the default onion address is torproject.org’s v3 address, and the source and licence are recorded', () => {
  const content = getContent();
  assert.equal(content.onionServices[0].address, '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion');
  assert.equal(content.source.licence, 'CC BY 3.0 US');
  assert.equal(content.source.author, 'The Tor Project, Inc.');
  assert.equal(validateContent(content).ok, true);
});

test('a partner override works in Node too (for server rendering)', (t) => {
  t.after(resetContent);
  t.mock.method(console, 'error', () => {});
  assert.equal(registerContent('en', { userGroups: [{ id: 'bloggers', heading: 'Writers use Tor' }] }).ok, true);
  assert.equal(getContent().userGroups[6].heading, 'Writers use Tor');
  const refused = registerContent('en', {
    tips: [{ id: 'donate', segments: [{ type: 'link', text: 'x', href: 'javascript:x' }] }],
  });
  assert.equal(refused.problems[0].path, 'tips[0].segments[0].href');
});
