import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown (or `preload`ed), so a page's
 * first script holds only what its first screen needs. Until then it renders nothing.
 */
export function lazy<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () => (loading ??= load().then((component) => (loaded = component)));

  function Lazy(props: Props) {
    const [component, setComponent] = useState<{ type?: ComponentType<Props> }>({ type: loaded });
    // Fetched as soon as it is first rendered (the scan window's first screen, a fresh
    // install's welcome), not after the empty frame the effect would wait for.
    if (!component.type) void preload();
    useEffect(() => {
      if (!component.type) void preload().then((type) => setComponent({ type }));
    }, [component.type]);
    return component.type ? h(component.type, props) : null;
  }
  return Object.assign(Lazy, { preload });
}
