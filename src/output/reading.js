// The reading page of bitext (src/output/html.rs): counterpart highlighting, term tooltips,
// layout, languages and theme. It reads data attributes and the JSON block, and builds every
// piece of text with textContent: article text never passes through an HTML parser here.
(() => {
  'use strict';
  const root = document.documentElement;
  const body = document.body;
  const tip = document.getElementById('tip');
  const text = document.getElementById('text');
  let terms = {};
  try {
    terms = JSON.parse(document.getElementById('terms').textContent) || {};
  } catch (e) {
    terms = {};
  }

  // A sentence's elements in every column, by segment id: looked up, never put in a selector.
  const bySeg = new Map();
  for (const el of text.querySelectorAll('.seg[data-seg]')) {
    const id = el.dataset.seg;
    if (!bySeg.has(id)) bySeg.set(id, []);
    bySeg.get(id).push(el);
  }

  let lit = [];
  let pinned = null;
  function light(id) {
    for (const el of lit) el.classList.remove('hl');
    lit = (id !== null && bySeg.get(id)) || [];
    for (const el of lit) el.classList.add('hl');
  }
  const segOf = (node) => (node instanceof Element ? node.closest('#text .seg[data-seg]') : null);

  text.addEventListener('mouseover', (e) => {
    const seg = segOf(e.target);
    light(seg ? seg.dataset.seg : pinned);
  });
  text.addEventListener('mouseleave', () => light(pinned));
  // Focus and taps pin a sentence, so that touch screens and keyboards get the same view.
  text.addEventListener('focusin', (e) => {
    const seg = segOf(e.target);
    if (seg) {
      pinned = seg.dataset.seg;
      light(pinned);
    }
  });
  document.addEventListener('click', (e) => {
    const seg = segOf(e.target);
    pinned = seg ? seg.dataset.seg : null;
    light(pinned);
    showTipFor(e.target);
  });

  // Tooltips: a term's forms in every language, and the notes of the sentence under the pointer.
  const tipTarget = (node) => {
    if (!(node instanceof Element)) return null;
    return node.closest('#text .term[data-term], #text .seg[data-note]');
  };
  function el(tag, className, content) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (content !== undefined) e.textContent = content;
    return e;
  }
  let termLit = [];
  function lightTerm(mark) {
    for (const m of termLit) m.classList.remove('term-hl');
    termLit = [];
    if (!mark) return;
    const seg = segOf(mark);
    const group = seg ? bySeg.get(seg.dataset.seg) || [] : [];
    for (const s of group) {
      for (const m of s.querySelectorAll('.term')) {
        if (m.dataset.term === mark.dataset.term) termLit.push(m);
      }
    }
    for (const m of termLit) m.classList.add('term-hl');
  }
  function fillTip(target) {
    tip.replaceChildren();
    const mark = target.closest('.term[data-term]');
    const term = mark && Object.hasOwn(terms, mark.dataset.term) ? terms[mark.dataset.term] : undefined;
    if (term) {
      const head = el('div', 'tip-head', mark.textContent);
      if (term.kind) head.append(el('small', '', term.kind));
      tip.append(head);
      const dl = el('dl');
      for (const f of term.forms || []) {
        dl.append(el('dt', '', f.name));
        const dd = el('dd');
        dd.append(el('span', 'preferred', f.preferred));
        for (const v of f.variants || []) {
          dd.append(document.createTextNode(' · '));
          dd.append(el('span', 'variant', v));
        }
        for (const d of f.deprecated || []) {
          dd.append(document.createTextNode(' · not '));
          dd.append(el('del', '', d));
        }
        dl.append(dd);
      }
      tip.append(dl);
      if (term.note) tip.append(el('p', 'tip-note', term.note));
      if (term.status && term.status !== 'approved') tip.append(el('p', 'tip-note', 'Status: ' + term.status));
    }
    const noted = target.closest('.seg[data-note]');
    if (noted) tip.append(el('p', 'tip-note', noted.dataset.note));
    return tip.childElementCount > 0;
  }
  function place(target) {
    const r = target.getBoundingClientRect();
    tip.hidden = false;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - w - 8));
    const above = r.top - h - 8;
    const top = above > 0 ? above : r.bottom + 8;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  }
  let tipFor = null;
  function showTipFor(node) {
    const target = tipTarget(node);
    if (target === tipFor) return;
    tipFor = target;
    lightTerm(target ? target.closest('.term[data-term]') : null);
    if (target && fillTip(target)) {
      place(target);
    } else {
      tip.hidden = true;
    }
  }
  text.addEventListener('mouseover', (e) => showTipFor(tipTarget(e.target) ? e.target : document.activeElement));
  text.addEventListener('mouseleave', () => showTipFor(document.activeElement));
  text.addEventListener('focusin', (e) => showTipFor(e.target));
  text.addEventListener('focusout', () => showTipFor(null));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      pinned = null;
      light(null);
      showTipFor(null);
    }
  });
  window.addEventListener('resize', () => showTipFor(null));

  // Layout: side by side or interleaved.
  const layoutButtons = document.querySelectorAll('[data-set-layout]');
  for (const button of layoutButtons) {
    button.addEventListener('click', () => {
      body.dataset.layout = button.dataset.setLayout;
      for (const b of layoutButtons) b.setAttribute('aria-pressed', String(b === button));
    });
  }

  // Languages: any can be hidden, but not the last one shown.
  const boxes = Array.from(document.querySelectorAll('input[data-show]'));
  function syncLanguages() {
    for (const box of boxes) root.classList.toggle(`hide-${box.dataset.show}`, !box.checked);
    const shown = boxes.filter((b) => b.checked);
    for (const box of boxes) box.disabled = shown.length === 1 && box.checked;
  }
  for (const box of boxes) box.addEventListener('change', syncLanguages);
  syncLanguages();

  // Theme: the system's, then light, then dark.
  const themes = ['auto', 'light', 'dark'];
  const themeButton = document.querySelector('[data-theme-toggle]');
  if (themeButton) {
    themeButton.addEventListener('click', () => {
      const next = themes[(themes.indexOf(root.dataset.theme) + 1) % themes.length];
      root.dataset.theme = next;
      themeButton.textContent = `Theme: ${next}`;
    });
  }
})();
