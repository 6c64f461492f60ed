/**
 * Moves focus to the element with this id once the pending render is done: the control just
 * added, or the one that takes the place of a removed control, so that focus never falls back to
 * `<body>` and a keyboard or screen-reader user keeps her place.
 */
export function focusSoon(id: string): void {
  setTimeout(() => {
    document.getElementById(id)?.focus();
  }, 0);
}
