import type { Destination } from './arrange';

/**
 * Drag to reorder: a row is taken by its badge (the one part of a row that is neither text
 * to select nor a button) and dropped before or after the row under the pointer, as the
 * line drawn there shows. Loaded after the codes' first frame (AccountList). Alt+↑ and
 * Alt+↓ do the same without a mouse.
 */
export function dragRows(list: HTMLElement, onDrop: (id: string, to: Destination) => void): () => void {
  let dragged: string | null = null;
  let marked: HTMLElement | null = null;

  const rowOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('[data-account-id]') : null;
  const mark = (row: HTMLElement | null, side?: 'before' | 'after') => {
    if (marked && marked !== row) delete marked.dataset.drop;
    marked = row;
    if (row && side) row.dataset.drop = side;
  };
  /** The half of the row the pointer is over. */
  const sideOf = (row: HTMLElement, event: DragEvent) => {
    const box = row.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  const listeners = {
    dragstart(event: DragEvent) {
      const row = rowOf(event.target);
      if (!row || !(event.target as Element).matches('.account__avatar') || !event.dataTransfer) return;
      dragged = row.dataset.accountId ?? null;
      event.dataTransfer.effectAllowed = 'move';
      // Firefox starts no drag without data.
      event.dataTransfer.setData('text/plain', row.querySelector('.account__issuer')?.textContent ?? '');
      event.dataTransfer.setDragImage(row, 16, 16);
    },
    dragover(event: DragEvent) {
      const row = rowOf(event.target);
      if (dragged === null || !row) return;
      event.preventDefault();
      mark(row, sideOf(row, event));
    },
    drop(event: DragEvent) {
      const row = rowOf(event.target);
      const id = dragged;
      if (id === null || !row?.dataset.accountId) return;
      event.preventDefault();
      const target = row.dataset.accountId;
      const to: Destination = sideOf(row, event) === 'before' ? { before: target } : { after: target };
      end();
      if (target !== id) onDrop(id, to);
    },
    dragend: () => end(),
  };
  function end() {
    dragged = null;
    mark(null);
  }

  for (const [type, listener] of Object.entries(listeners)) list.addEventListener(type, listener as EventListener);
  return () => {
    for (const [type, listener] of Object.entries(listeners)) list.removeEventListener(type, listener as EventListener);
  };
}
