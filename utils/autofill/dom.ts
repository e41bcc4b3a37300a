/** Every input under `root`, in open shadow roots too (closed ones are private). */
export const deepInputs = (root: Document | ShadowRoot): HTMLInputElement[] =>
  // tagName, never instanceof: content scripts and test DOMs see other realms' classes.
  [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot
      ? deepInputs(element.shadowRoot)
      : element.tagName === 'INPUT'
        ? [element as HTMLInputElement]
        : [],
  );

/**
 * An attribute as the page wrote it, lowercase ("" when absent). Never the IDL property:
 * Firefox ESR answers "" for `input.autocomplete` while the attribute says one-time-code.
 */
export const attr = (element: Element, name: string): string => (element.getAttribute(name) ?? '').toLowerCase();

/** Rendered, enabled and editable: a field a person could type into. */
export function isFillable(input: HTMLInputElement): boolean {
  const box = input.getBoundingClientRect();
  return (
    !input.disabled &&
    !input.readOnly &&
    box.width * box.height > 0 &&
    input.checkVisibility?.({ visibilityProperty: true }) !== false
  );
}

/**
 * What a person reads about a field: its labels and aria label, else the text just before
 * it; plus what its author named it (name, id, class, placeholder). Lowercase.
 */
export function describeField(input: HTMLInputElement): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  const texts: (string | null | undefined)[] = [
    attr(input, 'aria-label'),
    ...Array.from(input.labels!, (label) => label.textContent),
  ];
  for (const id of (input.getAttribute('aria-labelledby') ?? '').split(' '))
    texts.push(id && root.getElementById(id)?.textContent);
  return [
    texts.join(' ').trim() || textBefore(input),
    ...['name', 'id', 'class', 'placeholder'].map((name) => attr(input, name)),
  ]
    .join(' ')
    .toLowerCase();
}

/** The nearest text a person sees before `element` (script and hidden text are not seen). */
export function textBefore(element: Element): string {
  const walker = document.createTreeWalker(element.getRootNode(), 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = element;
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    if (node.textContent!.trim() && node.parentElement!.checkVisibility?.() !== false)
      return node.textContent!.toLowerCase();
  }
  return '';
}

// Past this many characters an element holds more than a field's step: the page.
export const STEP = 500;

/**
 * The words a person reads in `node` as what the page says, lowercase, until past a step's:
 * visible text only, links and buttons left out (they offer other ways, "Send a text
 * message instead", they do not say this one).
 */
export function wordsOf(node: Node): string {
  const walker = document.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let seen; (seen = walker.nextNode()) && text.length <= STEP;) {
    const parent = seen.parentElement!;
    if (!parent.closest('a,button,select') && parent.checkVisibility?.() !== false)
      text += seen.textContent!.trim() + ' ';
  }
  return text.toLowerCase();
}
