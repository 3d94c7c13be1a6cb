// React's input value tracking, reproduced: React keeps the last value it knows in a tracker that
// the element's own `value` setter updates. An `input` event only counts as a change when the
// real value differs from the tracker, so `input.value = 'x'` + an input event does nothing, while
// typing or the prototype's native setter + a bubbling input event does. React listens at the
// root, so the event must bubble to `document`.

const trackers = new WeakMap<HTMLInputElement, { last: string; onChange: (value: string) => void }>();
let listening = false;

function nativeValue(): PropertyDescriptor {
  const d = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  if (!d?.get || !d.set) throw new Error('HTMLInputElement.prototype.value has no accessor');
  return d;
}

function onDocumentInput(event: Event): void {
  const input = event.target;
  if (!(input instanceof HTMLInputElement)) return;
  const tracker = trackers.get(input);
  if (!tracker) return;
  const now = String(nativeValue().get?.call(input));
  if (now === tracker.last) return; // React: "value did not change", no onChange
  tracker.last = now;
  tracker.onChange(now);
}

/** Make `input` behave like a React-controlled input whose onChange is `onChange`. */
export function trackInput(input: HTMLInputElement, onChange: (value: string) => void): void {
  const native = nativeValue();
  const tracker = { last: input.value, onChange };
  trackers.set(input, tracker);
  Object.defineProperty(input, 'value', {
    configurable: true,
    enumerable: true,
    get(this: HTMLInputElement) {
      return native.get?.call(this) as string;
    },
    set(this: HTMLInputElement, value: unknown) {
      tracker.last = String(value); // the tracker learns programmatic writes, as React's does
      native.set?.call(this, value);
    },
  });
  if (!listening) {
    listening = true;
    document.addEventListener('input', onDocumentInput);
  }
}
