// Where the overlay's parts go: the ring a little outside the control, the card in the first corner
// that keeps clear of the ring. Pure arithmetic over rectangles.

export type Rect = { left: number; top: number; right: number; bottom: number };

/** Space between a control and the ring around it, so the ring never covers the control. */
export const RING_GAP = 4;
const MARGIN = 16;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The ring's box around a control's box, or nothing for a control not laid out. */
export function ringAround(box: {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}): Rect | undefined {
  if (box.width === 0 && box.height === 0) return undefined;
  return {
    left: box.left - RING_GAP,
    top: box.top - RING_GAP,
    right: box.right + RING_GAP,
    bottom: box.bottom + RING_GAP,
  };
}

/** Corners in order of preference; the first whose card box stays clear of `avoid`. */
export function pickCorner(
  card: { width: number; height: number },
  view: { width: number; height: number },
  avoid: Rect | undefined,
): Rect {
  const { width: w, height: h } = card;
  const corners: Rect[] = [
    {
      left: view.width - MARGIN - w,
      top: view.height - MARGIN - h,
      right: view.width - MARGIN,
      bottom: view.height - MARGIN,
    },
    { left: MARGIN, top: view.height - MARGIN - h, right: MARGIN + w, bottom: view.height - MARGIN },
    { left: view.width - MARGIN - w, top: MARGIN, right: view.width - MARGIN, bottom: MARGIN + h },
    { left: MARGIN, top: MARGIN, right: MARGIN + w, bottom: MARGIN + h },
  ];
  if (!avoid) return corners[0]!;
  return corners.find((c) => !overlaps(c, avoid)) ?? corners[0]!;
}
