import type React from 'react';

export interface EdgeHandleProps {
  /** 'left': the edge of a panel on the right, dragged left to widen; 'top': of a panel at the bottom, dragged up to heighten. */
  edge: 'left' | 'top';
  /** The panel's size along the drag (width or height, px). */
  size: number;
  setSize(size: number): void;
  className: string;
  label: string;
  testId: string;
  /** The size's bounds now, for assistive technology; when they meet, the edge cannot move and says why (`fixed`). */
  min?: number;
  max?: number;
  /** Why the edge cannot move now (its tooltip); it is then no Tab stop and shows no resize cursor. */
  fixed?: string;
}

/** Arrow keys move the edge this many pixels. */
const KEY_STEP = 20;

/**
 * A panel's resizable edge: drag it with the pointer (captured, so a fast drag does not lose it) or
 * move it with the two arrow keys along its axis. The panel's hook clamps and remembers the size.
 */
export function EdgeHandle({ edge, size, setSize, className, label, testId, min, max, fixed }: EdgeHandleProps): React.JSX.Element {
  const along = (e: { clientX: number; clientY: number }): number => (edge === 'left' ? e.clientX : e.clientY);
  const [grow, shrink] = edge === 'left' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>): void => {
    e.preventDefault();
    const start = along(e);
    const startSize = size;
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent): void => setSize(startSize + (start - along(m)));
    const up = (): void => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  if (fixed) return <div className={`${className} is-fixed`} role="separator" aria-orientation={edge === 'left' ? 'vertical' : 'horizontal'} aria-label={label} aria-disabled="true" title={fixed} data-testid={testId} />;
  return (
    <div
      className={className}
      role="separator"
      aria-orientation={edge === 'left' ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      data-testid={testId}
      onPointerDown={onPointerDown}
      onKeyDown={(e) => {
        if (e.key === grow || e.key === shrink) {
          e.preventDefault();
          setSize(size + (e.key === grow ? KEY_STEP : -KEY_STEP));
        }
      }}
    />
  );
}
