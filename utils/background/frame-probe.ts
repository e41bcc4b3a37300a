/**
 * Run in a tab's top document (scripting.executeScript, the content script's isolated
 * world): how many frames the page shows whose document it cannot read — another origin's,
 * which may be another site's. A scan binds to the top page's site only when there are
 * none: a setup code drawn inside such a frame is that other site's.
 *
 * Self-contained (it is serialised into the page). The frames are the browser's own
 * (`window.frames`, which a page cannot hide, even inside a closed shadow root); a frame
 * counts unless its element is found and shows less than a QR code's 21 × 21 pixels.
 */
export function countForeignFrames(): number {
  const SMALLEST_CODE_PX = 21;
  // Closed shadow roots too: Chromium's content scripts have chrome.dom for them, Firefox's the element's own method.
  const chromeDom = typeof chrome === 'undefined' ? undefined : chrome.dom;
  const shadowOf = (element: Element): ShadowRoot | null => {
    // Firefox's own method, missing from the DOM's types.
    const firefox = Reflect.get(element, 'openOrClosedShadowRoot') as
      ((this: Element) => ShadowRoot | null) | undefined;
    const chromium = element instanceof HTMLElement ? chromeDom?.openOrClosedShadowRoot?.(element) : undefined;
    return chromium ?? firefox?.call(element) ?? element.shadowRoot;
  };

  /** Every element that may hold a frame, in light and shadow trees. */
  function holders(root: Document | ShadowRoot, found: Element[] = []): Element[] {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (/^(IFRAME|FRAME|OBJECT|EMBED)$/.test(element.tagName)) found.push(element);
      const shadow = shadowOf(element);
      if (shadow) holders(shadow, found);
    }
    return found;
  }

  const shown = (element: Element, view: Window) => {
    const box = element.getBoundingClientRect();
    const width = Math.min(box.right, view.innerWidth) - Math.max(box.left, 0);
    const height = Math.min(box.bottom, view.innerHeight) - Math.max(box.top, 0);
    return width >= SMALLEST_CODE_PX && height >= SMALLEST_CODE_PX;
  };

  function count(view: Window, document: Document): number {
    const elements = holders(document);
    let foreign = 0;
    for (let index = 0; index < view.frames.length; index += 1) {
      const child = view.frames[index]!;
      const element = elements.find((candidate) => Reflect.get(candidate, 'contentWindow') === child);
      if (element && !shown(element, view)) continue;
      let inner: Document | undefined;
      try {
        inner = child.document;
      } catch {
        inner = undefined;
      }
      foreign += inner ? count(child, inner) : 1;
    }
    return foreign;
  }

  return count(window, document);
}
