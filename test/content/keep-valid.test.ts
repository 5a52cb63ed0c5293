import { expect } from '@open-wc/testing';
import { keepValid } from '../../src/content/keep-valid.js';
import {
  validateCampaign,
  validateFooterLinks,
  validateSegments,
  validateUserGroup,
} from '../../src/content/validate.js';

const UNSAFE = 'javascript:alert(1)';
const text = (value: string) => ({ type: 'text', text: value });
const link = (value: string, href: string) => ({ type: 'link', text: value, href });

describe('keepValid: partner content without its invalid pieces', () => {
  it('returns valid content as it is, with no problems', () => {
    const group = { id: 'x', heading: 'X', items: [{ segments: [text('Hello')] }] };
    const kept = keepValid(group, 'groupData', validateUserGroup);
    expect(kept.value).to.equal(group);
    expect(kept.problems).to.deep.equal([]);
  });

  it('keeps the words of a refused link, and every other item, without changing the input', () => {
    const group = {
      id: 'x',
      heading: 'X',
      items: [
        { segments: [text('Read '), link('our report', UNSAFE), text('.')] },
        { segments: [link('Contact', 'https://example.org/contact')] },
      ],
    };
    const before = JSON.stringify(group);
    const kept = keepValid(group, 'groupData', validateUserGroup);
    expect(kept.value).to.deep.equal({
      id: 'x',
      heading: 'X',
      items: [
        { segments: [text('Read '), text('our report'), text('.')] },
        { segments: [link('Contact', 'https://example.org/contact')] },
      ],
    });
    expect(kept.problems.map((problem) => problem.path)).to.deep.equal(['groupData.items[0].segments[1].href']);
    expect(JSON.stringify(group)).to.equal(before);
  });

  it('leaves out one bad link of a group, and a group whose only link is bad', () => {
    const groups = [
      {
        id: 'us',
        heading: 'About us',
        links: [
          { text: 'Team', href: '/team' },
          { text: 'Bad', href: UNSAFE },
        ],
      },
      { id: 'bad', heading: 'Bad', links: [{ text: 'Only', href: UNSAFE }] },
      { id: 'more', heading: 'More', links: [{ text: 'Blog', href: 'https://example.org/blog' }] },
    ];
    const kept = keepValid(groups, 'linkGroups', validateFooterLinks);
    expect(kept.value).to.deep.equal([
      { id: 'us', heading: 'About us', links: [{ text: 'Team', href: '/team' }] },
      { id: 'more', heading: 'More', links: [{ text: 'Blog', href: 'https://example.org/blog' }] },
    ]);
    expect(kept.problems.map((problem) => problem.path)).to.deep.equal([
      'linkGroups[0].links[1].href',
      'linkGroups[1].links[0].href',
    ]);
  });

  it('drops an unknown field and an invalid optional field (a picture’s address), and keeps the rest', () => {
    const group = {
      id: 'x',
      heading: 'X',
      items: [{ segments: [text('Hello')] }],
      image: { src: 'javascript:x', alt: 'A picture' },
      colour: 'purple',
    };
    const kept = keepValid(group, 'groupData', validateUserGroup);
    expect(kept.value).to.deep.equal({
      id: 'x',
      heading: 'X',
      items: [{ segments: [text('Hello')] }],
      image: { alt: 'A picture' },
    });
  });

  it('finds nothing usable when a required piece is missing or invalid', () => {
    const noHeading = { id: 'x', items: [{ segments: [text('Hello')] }] };
    expect(keepValid(noHeading, 'groupData', validateUserGroup).value).to.equal(undefined);
    const noGoodItem = { id: 'x', heading: 'X', items: [{ segments: [] }] };
    expect(keepValid(noGoodItem, 'groupData', validateUserGroup).value).to.equal(undefined);
    const badCallToAction = {
      id: 'x',
      headline: 'Give',
      text: [text('Please give.')],
      callToAction: { text: 'Give', href: UNSAFE },
    };
    const kept = keepValid(badCallToAction, 'campaignData', validateCampaign);
    expect(kept.value).to.equal(undefined);
    expect(kept.problems.map((problem) => problem.path)).to.deep.equal(['campaignData.callToAction.href']);
    expect(keepValid(42, 'noticeData', validateSegments).value).to.equal(undefined);
  });

  it('leaves out segments that are not segments, keeping the others', () => {
    const kept = keepValid([text('© Example'), { type: 'image', src: 'x.png' }], 'noticeData', validateSegments);
    expect(kept.value).to.deep.equal([text('© Example')]);
  });
});
