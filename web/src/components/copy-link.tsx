import { useState } from 'preact/hooks';

/**
 * « Copier le lien »: the address of what is on screen (the URL holds the view and its choices,
 * never personal skill levels), to paste in a message or a report.
 */
export function CopyLink() {
  const [said, setSaid] = useState('');
  return (
    <span class="copy-link">
      <button
        type="button"
        onClick={() => {
          navigator.clipboard.writeText(location.href).then(
            () => {
              setSaid('Lien copié.');
            },
            () => {
              setSaid(`Copie impossible : ${location.href}`);
            },
          );
        }}
      >
        Copier le lien
      </button>{' '}
      <span role="status" aria-live="polite">
        {said}
      </span>
    </span>
  );
}
