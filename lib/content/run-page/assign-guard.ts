// While a run works a tab, the pane's Assign button fires only when the run has recorded the click
// first: a click at any other time (an early click in guided mode, a click while paused) would send
// targets the run cannot account for. Such clicks are stopped before the portal sees them.
import { findControl } from '../../portals/admin-center/controls';
import { isFound } from '../../portals/lookup';

export type AssignGate = { open: boolean };

/** Installs the guard on `win` (capture phase, ahead of the portal's own handlers); returns its removal. */
export function guardAssignButton(
  doc: Document,
  win: Window,
  gate: AssignGate,
  active: () => boolean,
  onBlocked: () => void,
): () => void {
  const onClick = (event: Event) => {
    if (gate.open || !active()) return;
    const target = event.target as Node | null;
    const button = findControl(doc, 'paneAssignButton');
    if (!target || !isFound(button) || !button.element.contains(target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onBlocked();
  };
  win.addEventListener('click', onClick, true);
  return () => win.removeEventListener('click', onClick, true);
}
