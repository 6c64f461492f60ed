import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  class?: string;
  summary: ComponentChildren;
  /** The content, built when the disclosure is first opened, then kept. */
  children: () => ComponentChildren;
}

/**
 * A <details> whose content is built only once it is opened: closed, it costs the page's first
 * render nothing (a long checklist hidden by default took a tenth of the planner's first load).
 */
export function Disclosure({ class: className, summary, children }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      class={className}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
