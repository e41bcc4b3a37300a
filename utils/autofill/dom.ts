/** Every element under `root`, open shadow roots included (closed ones are private). */
export function* deepElements(root: Document | ShadowRoot): Generator<Element> {
  // nodeType, not instanceof: content scripts and test DOMs see other realms' classes.
  const document = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

export function isInput(element: Element): element is HTMLInputElement {
  return element.tagName === 'INPUT';
}

export function deepQueryAll(root: Document | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  for (const element of deepElements(root)) if (element.matches(selector)) found.push(element);
  return found;
}

/** Rendered, enabled and editable: a field a person could type into. */
export function isFillable(input: HTMLInputElement): boolean {
  if (input.disabled || input.readOnly) return false;
  if (input.type === 'hidden') return false;
  const style = input.ownerDocument.defaultView?.getComputedStyle(input);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  const box = input.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** What a person reads about a field: its labels, aria text, placeholder, name and id. */
export function describeField(input: HTMLInputElement): string {
  const texts = [input.name, input.id, input.placeholder, input.title, input.getAttribute('aria-label') ?? ''];
  for (const label of Array.from(input.labels ?? [])) texts.push(label.textContent ?? '');
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = input.getRootNode() as Document | ShadowRoot;
    for (const id of labelledBy.split(/\s+/)) texts.push(root.getElementById?.(id)?.textContent ?? '');
  }
  return texts.join(' ').toLowerCase();
}
