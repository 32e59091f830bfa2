// Reports text selections in the article reader to the server as code-point offsets.
// Plain ES module, no build step. Each text segment is a <span data-start="N"> whose N is the
// code-point offset of its first character in the stored text.

function codePoints(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function offsetOf(root, node, offset) {
  // Walk up from a text node to the segment span that carries data-start.
  let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  if (el && el === root) {
    // Selection boundary on the container itself: offset counts child segments.
    const child = root.children[Math.min(offset, root.children.length - 1)];
    if (!child) return null;
    const start = Number(child.dataset.start);
    return offset >= root.children.length ? start + codePoints(child.textContent) : start;
  }
  while (el && el !== root && el.dataset.start === undefined) el = el.parentElement;
  if (!el || el === root) return null;
  const base = Number(el.dataset.start);
  if (node.nodeType !== Node.TEXT_NODE) {
    return offset === 0 ? base : base + codePoints(el.textContent);
  }
  // Count text before `offset` inside this segment (the segment may hold several text nodes).
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return base + codePoints(range.toString());
}

function report() {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
  const range = sel.getRangeAt(0);
  const anchor = range.commonAncestorContainer;
  const el = anchor.nodeType === Node.TEXT_NODE ? anchor.parentElement : anchor;
  const root = el && el.closest('[data-fl-reader]');
  if (!root || !root.$server || root.hasAttribute('data-fl-read-only')) return;
  let start = offsetOf(root, range.startContainer, range.startOffset);
  let end = offsetOf(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return;
  // Leaving an existing claim for a new passage: empty its statement here, before the server answers,
  // so whatever the editor types next is theirs and never overwritten by the reply.
  const panel = document.querySelector('[data-fl-claim-panel][data-editing]');
  const statement = panel && panel.querySelector('#claim-statement');
  if (statement) statement.value = '';
  root.$server.select(start, end);
}

/** The selection inside `root` as [start, end] code-point offsets, or null when none is there. */
function selection(root) {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : [start, end];
}

// Keyboard selection in the focused reader (it is focusable, tabindex 0): Shift+arrows extend the selection from
// where the caret is (where the editor clicked, else the start of the text), with Ctrl (or Alt) by word and
// Up/Down by line; Left/Right alone move the caret. Enter then makes the claim (as the "Make claim" button and
// its shortcut do); the selection is not reported key by key, which would move the focus to the claim panel.
function onKey(e) {
  const root = e.target && e.target.closest && e.target.closest('[data-fl-reader]');
  if (!root || e.target !== root) return;
  if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
    const span = selection(root);
    if (span && root.$server && !root.hasAttribute('data-fl-read-only')) {
      e.preventDefault();
      root.$server.select(span[0], span[1]);
    }
    return;
  }
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
  const backward = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
  if (!forward && !backward) return;
  const vertical = e.key === 'ArrowUp' || e.key === 'ArrowDown';
  if (vertical && !e.shiftKey) return; // Up/Down alone scroll, as everywhere
  const sel = window.getSelection();
  if (!sel) return;
  if (sel.rangeCount === 0 || !root.contains(sel.getRangeAt(0).commonAncestorContainer)) {
    // Back in the text after the claim panel took the focus: go on from the last selection made here,
    // else (never selected, or the text was redrawn since) from the start of the text.
    const last = root.flLastRange;
    if (last && root.contains(last.startContainer) && root.contains(last.endContainer)) {
      sel.removeAllRanges();
      sel.addRange(last.cloneRange());
    } else {
      const first = root.querySelector('[data-start]');
      if (!first || !first.firstChild) return;
      sel.collapse(first.firstChild, 0);
    }
  }
  const granularity = vertical ? 'line' : (e.ctrlKey || e.altKey) ? 'word' : 'character';
  sel.modify(e.shiftKey ? 'extend' : 'move', forward ? 'forward' : 'backward', granularity);
  e.preventDefault();
}

// Remembers each reader's last selection, so keyboard selection can go on from it after the focus left the text.
document.addEventListener('selectionchange', () => {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  const node = range.commonAncestorContainer;
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  const root = el && el.closest && el.closest('[data-fl-reader]');
  if (root) root.flLastRange = range.cloneRange();
});

document.addEventListener('mouseup', () => setTimeout(report, 0));
document.addEventListener('keydown', onKey);

window.factlineReader = { selection };

export { codePoints, offsetOf, selection };
