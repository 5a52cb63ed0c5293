// Server-rendered pages mark English fallback text with its own language, as the browser does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerShippedContent } from '../../dist/content/registry.js';
import { registerContent, registerShippedLocales, renderHtml, resetContent } from '../../dist/ssr/index.js';

test('in a Farsi page, translated text is Farsi and each English fallback says it is English, left to right', () => {
  // The package's own Farsi translates everything: set aside, so that this partial one leaves English to fall back to.
  registerShippedContent('fa', {});
  registerContent('fa', {
    dir: 'rtl',
    userGroups: [{ id: 'bloggers', heading: 'وبلاگ‌نویسان از تور استفاده می‌کنند' }],
    ui: { tipBox: { heading: 'نکتهٔ تور' } },
  });
  try {
    const page = renderHtml(
      '<html lang="fa" dir="rtl"><body><tor-user-group-card group="bloggers"></tor-user-group-card>' +
        '<tor-tip-box tip="volunteer"></tor-tip-box></body></html>',
    );
    const [card, tip] = page.split('<tor-tip-box');
    assert.match(card, /part="base" class="base" dir="rtl" lang="fa"/);
    assert.ok(card.includes('وبلاگ‌نویسان از تور استفاده می‌کنند'));
    assert.doesNotMatch(card, /lang="en"[^>]*>(<!--[^>]*-->)*وبلاگ/);
    const items = [...card.matchAll(/<li\s+part="item"\s+class="item"([^>]*)>/g)].map(([, attributes]) =>
      attributes.replace(/\s+/g, ' ').trim(),
    );
    assert.ok(items.length > 0);
    for (const attributes of items) assert.equal(attributes, 'lang="en" dir="ltr"');
    assert.match(tip, /part="base" class="base" dir="rtl" lang="fa"/);
    assert.ok(tip.includes('نکتهٔ تور'));
    assert.match(tip, /<p[^>]* lang="en" dir="ltr">/);
  } finally {
    resetContent();
    registerShippedLocales();
  }
});
