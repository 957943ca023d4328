type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, never markup,
 * so data from the API cannot inject HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return el;
}

/** Replaces `root`'s children, keeping keyboard focus on the element with the same `data-focus-key`. */
export function replaceKeepingFocus(root: Element, ...children: Node[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && root.contains(active) ? active.dataset.focusKey : undefined;
  root.replaceChildren(...children);
  if (key === undefined) return;
  const again = root.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
  if (again instanceof HTMLElement) again.focus();
}
