import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';

export interface OptionsSection {
  readonly id: string;
  readonly title: MessageKey;
}

/**
 * The sections' links, kept in view; the one being read is marked. A link `#id` in the
 * page's address is followed once the sections exist (they are drawn after the page loads,
 * too late for the browser's own jump).
 */
export function OptionsNav({ sections }: { sections: readonly OptionsSection[] }) {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => landOnLinkedSection(), []);

  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      setCurrent(sectionBeingRead(sections));
    };
    const schedule = () => (frame ||= requestAnimationFrame(mark));
    mark();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('hashchange', schedule);
    return () => {
      removeEventListener('scroll', schedule);
      removeEventListener('hashchange', schedule);
      cancelAnimationFrame(frame);
    };
  }, [sections]);

  return (
    <nav class="options__nav" aria-label={t('optionsNavLabel')}>
      <ul>
        {sections.map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={current === id ? 'location' : undefined}>
              {t(title)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Scrolls to the element the address names, and keeps it there while the sections above it
 * grow as their answers arrive (backup status, the trash), until the person scrolls, types
 * or clicks.
 */
function landOnLinkedSection(): () => void {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return () => undefined;
  target.scrollIntoView();
  const keep = new ResizeObserver(() => target.scrollIntoView());
  keep.observe(document.body);
  const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    keep.disconnect();
    for (const event of events) removeEventListener(event, stop);
  };
  for (const event of events) addEventListener(event, stop, { passive: true });
  return stop;
}

/**
 * The last section whose top has passed the window's top third; at the end of the page,
 * where the last short sections can never get there, the one the address names if in view.
 */
function sectionBeingRead(sections: readonly OptionsSection[]): string | null {
  const tops = sections.map(({ id }) => ({ id, top: document.getElementById(id)?.getBoundingClientRect().top }));
  const named = tops.find(({ id }) => `#${id}` === location.hash);
  const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
  if (atEnd && named?.top !== undefined && named.top >= 0 && named.top < innerHeight) return named.id;
  return tops.filter(({ top }) => top !== undefined && top <= innerHeight / 3).at(-1)?.id ?? sections[0]?.id ?? null;
}
