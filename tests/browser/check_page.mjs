// Checks a bitext reading page in Debian's Chromium (driven by playwright-core, which never
// downloads a browser) and prints one JSON result on stdout; exits 1 when a check fails.
//
//   node check_page.mjs PAGE.html SCREENSHOT.png [--phone PHONE.png] [--expect-text TEXT]
//
// --expect-text: a string some translation must show as text (an XSS payload, say).
// CHROMIUM overrides the browser's path (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function usage(message) {
  process.stderr.write(`${message}\nusage: node check_page.mjs PAGE.html SCREENSHOT.png [--phone PHONE.png] [--expect-text TEXT]\n`);
  process.exit(2);
}

const positional = [];
const options = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
  if (argv[i] === '--phone' || argv[i] === '--expect-text') {
    if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
    options[argv[i].slice(2)] = argv[i + 1];
    i += 1;
  } else {
    positional.push(argv[i]);
  }
}
if (positional.length !== 2) usage('PAGE and SCREENSHOT are required');
const [pagePath, screenshot] = positional.map((p) => resolve(p));
const pageUrl = pathToFileURL(pagePath).href;

const result = {
  page: pagePath,
  ok: false,
  checks: {},
  failures: [],
  console_errors: [],
  page_errors: [],
  requests: [],
  screenshots: [],
};

function check(name, ok, detail) {
  result.checks[name] = detail === undefined ? ok : { ok, ...detail };
  if (!ok) result.failures.push(name);
}

const DESKTOP = { width: 1366, height: 1000 };
const PHONE = { width: 390, height: 844 };

// launch() gives the browser a fresh, throwaway profile of its own.
let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 30000,
  });
  const context = await browser.newContext({ viewport: DESKTOP });
  context.setDefaultTimeout(5000);
  // Every request, the page's own included: anything else means the page reached out.
  context.on('request', (r) => result.requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') result.console_errors.push(m.text());
  });
  page.on('pageerror', (e) => result.page_errors.push(String(e)));

  await page.goto(pageUrl, { waitUntil: 'load' });

  // 1. Every sentence of the source column has a counterpart in every other column.
  const alignment = await page.evaluate(() => {
    const main = document.getElementById('text');
    const source = main.dataset.source;
    const ids = {};
    for (const cell of main.querySelectorAll('section.block .cell[data-lang]')) {
      const lang = cell.dataset.lang;
      ids[lang] = ids[lang] || [];
      for (const seg of cell.querySelectorAll('.seg[data-seg]')) ids[lang].push(seg.dataset.seg);
    }
    const langs = Object.keys(ids);
    const want = ids[source] || [];
    const missing = {};
    for (const lang of langs) {
      const have = new Set(ids[lang]);
      missing[lang] = want.filter((id) => !have.has(id));
    }
    const same = langs.every((l) => ids[l].join('\n') === want.join('\n'));
    return { source, languages: langs, segments: want.length, same, missing };
  });
  check('alignment', alignment.same && alignment.segments > 0 && alignment.languages.length > 1, alignment);
  const source = alignment.source;
  const targets = alignment.languages.filter((l) => l !== source);

  // 2. Pointing at a sentence lights its counterparts in every column, and only them.
  const hoverSeg = `#text .cell[data-lang="${source}"] .seg[data-seg]`;
  const firstId = await page.locator(hoverSeg).first().getAttribute('data-seg');
  const counterparts = (id) =>
    page.evaluate((id) => {
      const segs = Array.from(document.querySelectorAll('#text .seg[data-seg]'));
      const mine = segs.filter((s) => s.dataset.seg === id);
      const others = segs.filter((s) => s.dataset.seg !== id);
      return {
        lit: mine.filter((s) => s.classList.contains('hl')).map((s) => s.closest('.cell').dataset.lang),
        backgrounds: mine.map((s) => getComputedStyle(s).backgroundColor),
        others_lit: others.filter((s) => s.classList.contains('hl')).length,
      };
    }, id);
  const before = await counterparts(firstId);
  await page.locator(hoverSeg).first().hover();
  // The highlight fades in: wait for the class, then for the colour to settle.
  await page
    .waitForFunction((id) => Array.from(document.querySelectorAll('#text .seg.hl')).some((s) => s.dataset.seg === id), firstId)
    .catch(() => {});
  await page.waitForTimeout(250);
  const after = await counterparts(firstId);
  check(
    'hover_highlights_counterparts',
    after.lit.length === alignment.languages.length &&
      after.others_lit === 0 &&
      after.backgrounds.every((b, i) => b !== before.backgrounds[i]),
    { segment: firstId, lit: after.lit, before: before.backgrounds[0], after: after.backgrounds[0] },
  );
  // Keyboard and touch: focusing a target sentence lights the same row.
  const lastTarget = page.locator(`#text .cell[data-lang="${targets[0]}"] .seg[data-seg]`).last();
  const lastId = await lastTarget.getAttribute('data-seg');
  await page.mouse.move(0, 0);
  await lastTarget.focus();
  const focused = await counterparts(lastId);
  check('focus_highlights_counterparts', focused.lit.length === alignment.languages.length, {
    segment: lastId,
    lit: focused.lit,
  });
  await page.keyboard.press('Escape');

  // 3. Layout: side by side, then interleaved (a translation under its source), and back.
  const boxes = () =>
    page.evaluate(() => {
      const block = document.querySelector('#text section.block');
      return Array.from(block.querySelectorAll('.cell[data-lang]')).map((c) => {
        const r = c.getBoundingClientRect();
        return { lang: c.dataset.lang, left: r.left, top: r.top, bottom: r.bottom, width: r.width, shown: r.width > 0 };
      });
    });
  const sideBySide = await boxes();
  await page.click('[data-set-layout="interleaved"]');
  const interleaved = await boxes();
  await page.click('[data-set-layout="columns"]');
  const columnsAgain = await boxes();
  const beside = (b) => b.every((c, i) => i === 0 || (Math.abs(c.top - b[0].top) < 2 && c.left > b[i - 1].left));
  const stacked = (b) => b.every((c, i) => i === 0 || c.top >= b[i - 1].bottom - 1);
  check('layout_toggle', beside(sideBySide) && stacked(interleaved) && beside(columnsAgain), {
    side_by_side: beside(sideBySide),
    interleaved_stacked: stacked(interleaved),
  });

  // 4. Any language can be hidden; the other columns take its room.
  const hidden = targets[targets.length - 1];
  await page.uncheck(`input[data-show="${hidden}"]`);
  const withoutIt = await boxes();
  const hiddenCells = await page.evaluate(
    (lang) =>
      Array.from(document.querySelectorAll(`#text .cell[data-lang]`))
        .filter((c) => c.dataset.lang === lang)
        .every((c) => getComputedStyle(c).display === 'none'),
    hidden,
  );
  const widthBefore = sideBySide[0].width;
  const widthAfter = withoutIt[0].width;
  await page.check(`input[data-show="${hidden}"]`);
  await page.uncheck(`input[data-show="${source}"]`);
  const sourceHidden = await page.evaluate(
    (lang) =>
      Array.from(document.querySelectorAll('#text .cell[data-lang]'))
        .filter((c) => c.dataset.lang === lang)
        .every((c) => getComputedStyle(c).display === 'none'),
    source,
  );
  await page.check(`input[data-show="${source}"]`);
  const restored = await boxes();
  check(
    'hide_language',
    hiddenCells && sourceHidden && widthAfter > widthBefore && restored.every((c) => c.shown),
    { hidden, width_before: Math.round(widthBefore), width_after: Math.round(widthAfter), source_hidden: sourceHidden },
  );

  // 5. Nothing from the data ran; the payload, if any, shows as text in a translation.
  const xss = await page.evaluate(
    ({ expected, source }) => {
      const segs = Array.from(document.querySelectorAll('#text .cell[data-lang] .seg'));
      const inTranslation = segs.filter(
        (s) => s.closest('.cell').dataset.lang !== source && expected !== null && s.textContent.includes(expected),
      );
      return {
        ran: window.__xss !== undefined,
        scripts: document.scripts.length,
        elements_from_text: document.querySelectorAll('#text .seg script, #text .seg img, #text .seg b').length,
        shown_as_text: inTranslation.length,
      };
    },
    { expected: options['expect-text'] ?? null, source },
  );
  check(
    'xss_inert',
    !xss.ran && xss.scripts === 2 && xss.elements_from_text === 0 &&
      (options['expect-text'] === undefined || xss.shown_as_text > 0),
    xss,
  );

  // 6. Glossary terms: highlighted in translations too, with their forms on hover.
  const termInfo = await page.evaluate((targets) => {
    const data = JSON.parse(document.getElementById('terms').textContent);
    const marks = Array.from(document.querySelectorAll('#text .term[data-term]'));
    const inTargets = marks.filter((m) => targets.includes(m.closest('.cell').dataset.lang));
    const first = inTargets[0];
    return {
      marks: marks.length,
      in_targets: inTargets.length,
      index: first ? marks.indexOf(first) : -1,
      term: first ? first.dataset.term : null,
      forms: first && data[first.dataset.term] ? data[first.dataset.term].forms.map((f) => f.preferred) : [],
    };
  }, targets);
  let tipText = '';
  let termLit = 0;
  if (termInfo.index >= 0) {
    await page.locator('#text .term[data-term]').nth(termInfo.index).hover();
    await page.waitForSelector('#tip:not([hidden])');
    tipText = await page.locator('#tip').innerText();
    termLit = await page.locator('#text .term.term-hl').count();
  }
  check(
    'term_forms_on_hover',
    termInfo.in_targets > 0 && termInfo.forms.length > 1 && termInfo.forms.every((f) => tipText.includes(f)) && termLit > 1,
    { marks: termInfo.marks, in_translations: termInfo.in_targets, term: termInfo.term, forms: termInfo.forms, highlighted_together: termLit },
  );
  await page.mouse.move(0, 0);

  // 7. A marked sentence (glossary problem, failure, review) explains itself on hover.
  const noted = page.locator('#text .seg[data-note]');
  const notes = await noted.count();
  if (notes > 0) {
    const note = (await noted.first().getAttribute('data-note')) ?? '';
    await noted.first().hover();
    await page.waitForSelector('#tip:not([hidden])');
    const shown = (await page.locator('#tip').innerText()).replace(/\s+/g, ' ');
    check('notes_on_hover', shown.includes(note.replace(/\s+/g, ' ')), { marked: notes, note });
    await page.mouse.move(0, 0);
  } else {
    check('notes_on_hover', true, { marked: 0 });
  }

  // 8. Theme: the system's dark scheme, and the toggle over it.
  const bodyBg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bodyBg();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await bodyBg();
  await page.click('[data-theme-toggle]'); // auto → light
  const forcedLight = await bodyBg();
  await page.click('[data-theme-toggle]'); // light → dark
  await page.click('[data-theme-toggle]'); // dark → auto
  await page.emulateMedia({ colorScheme: 'light' });
  check('themes', dark !== light && forcedLight === light, { light, dark, forced_light: forcedLight });

  // 9. Print: no controls.
  await page.emulateMedia({ media: 'print' });
  const printControls = await page.evaluate(() => getComputedStyle(document.querySelector('.controls')).display);
  await page.emulateMedia({ media: 'screen' });
  check('print_hides_controls', printControls === 'none', { display: printControls });

  // The desktop picture: a sentence pointed at, a term's forms shown.
  await page.evaluate(() => window.scrollTo(0, 0));
  // A term a few blocks down, so that its tooltip leaves the header and column names clear.
  const shotTerms = page.locator(`#text .cell[data-lang="${targets[0]}"] .term[data-term]`);
  const shotCount = await shotTerms.count();
  if (shotCount > 0) await shotTerms.nth(Math.min(4, shotCount - 1)).hover();
  await page.screenshot({ path: screenshot });
  result.screenshots.push(screenshot);

  // 10. A phone: the columns stack, the page does not scroll sideways.
  await page.mouse.move(0, 0);
  await page.setViewportSize(PHONE);
  const phone = await boxes();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check('phone_stacks', stacked(phone) && overflow <= 0, { stacked: stacked(phone), horizontal_overflow: overflow });
  if (options.phone) {
    await page.screenshot({ path: resolve(options.phone) });
    result.screenshots.push(resolve(options.phone));
  }

  const foreign = result.requests.filter((u) => u !== pageUrl);
  check('no_network', foreign.length === 0, { requests: result.requests.length, foreign });
  check('no_errors', result.console_errors.length === 0 && result.page_errors.length === 0);
  await context.close();
} catch (e) {
  result.failures.push(`exception: ${e && e.message ? e.message : String(e)}`);
} finally {
  if (browser) await browser.close();
}

result.ok = result.failures.length === 0;
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.exit(result.ok ? 0 : 1);
