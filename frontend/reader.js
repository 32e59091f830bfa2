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
  if (!root || !root.$server) return;
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

document.addEventListener('mouseup', () => setTimeout(report, 0));
document.addEventListener('keyup', (e) => { if (e.shiftKey) setTimeout(report, 0); });

export { codePoints, offsetOf };
