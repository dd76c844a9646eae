import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The content width of `ref`'s element and its computed font size in px, kept current as the element resizes
 * (the window, a theme's text size). A drawing laid out in these units is drawn 1:1, so its text is exactly the
 * size the theme sets, never scaled down by a viewBox on a narrow screen.
 */
export function useBoxSize(ref: RefObject<Element | null>, initial: { width: number; fontPx: number }) {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth || initial.width;
      const fontPx = Number.parseFloat(getComputedStyle(element).fontSize) || initial.fontPx;
      setSize((s) => (s.width === width && s.fontPx === fontPx ? s : { width, fontPx }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, initial.width, initial.fontPx]);
  return size;
}
