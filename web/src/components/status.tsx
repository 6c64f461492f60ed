import { ApiError } from '../api/client.js';

export function Loading({ label }: { label: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function ErrorState({ error, retry }: { error: Error; retry: () => void }) {
  const title =
    error instanceof ApiError && error.kind === 'unavailable'
      ? 'Service indisponible'
      : 'Une erreur est survenue';
  return (
    <div class="status status-error" role="alert">
      <strong>{title}.</strong> {error.message}{' '}
      <button type="button" onClick={retry}>
        Réessayer
      </button>
    </div>
  );
}

export function Empty({ children }: { children: preact.ComponentChildren }) {
  return <p class="status status-empty">{children}</p>;
}
