/**
 * A tiny DOM builder for the overlay UI: real elements (buttons, headings, lists) that screen
 * readers, keyboards and Playwright can find by role and name. No HTML strings, so level text
 * can never inject markup.
 */

/** Attributes and event handlers for `h()`. */
export interface ElementProps {
  readonly class?: string;
  readonly id?: string;
  readonly role?: string;
  readonly type?: string;
  readonly tabIndex?: number;
  /** Any `aria-*`, `data-*` or other attribute, set with `setAttribute`. */
  readonly attrs?: Readonly<Record<string, string | number | boolean>>;
  readonly onClick?: () => void;
}

/** A child: an element, text, or nothing (skipped). */
export type Child = Node | string | number | null | undefined | false;

/** Creates an element with properties and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.id) element.id = props.id;
  if (props.role) element.setAttribute('role', props.role);
  if (props.type) element.setAttribute('type', props.type);
  if (props.tabIndex !== undefined) element.tabIndex = props.tabIndex;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  const onClick = props.onClick;
  if (onClick) element.addEventListener('click', () => onClick());
  append(element, children);
  return element;
}

/** Appends children, skipping empty ones. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A `<button type="button">` with a click handler. */
export function button(
  label: Child | readonly Child[],
  onClick: () => void,
  props: Omit<ElementProps, 'onClick' | 'type'> = {},
): HTMLButtonElement {
  const children = Array.isArray(label) ? label : [label as Child];
  return h('button', { ...props, type: 'button', onClick: () => onClick() }, ...children);
}

/** Sets text only when it changed, so per-frame updates do not churn the DOM or screen readers. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Moves focus to `element` (no scroll jump), unless the element is gone. */
export function focus(element: HTMLElement | null | undefined): void {
  if (element?.isConnected) element.focus({ preventScroll: true });
}
