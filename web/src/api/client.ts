import type { ErrorCode } from './enums.generated.js';
import type { Operation } from './queries.js';

/** Why a request failed, in words a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly kind:
      | 'unavailable'
      | 'input'
      | 'server'
      | 'unauthenticated'
      | 'forbidden'
      | 'conflict'
      | 'not-found',
    message: string,
    readonly field?: string,
    /** The error's extensions (a conflict's latest version and changes). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: ErrorCode; field?: string; [key: string]: unknown };
  }[];
}

/**
 * The session's CSRF token (from Me or SignIn), sent as X-CSRF-Token with every request; it is
 * kept in memory only (the session itself is an HttpOnly cookie this code cannot read).
 */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** Errors of the workbench, in French. */
/** « 8 s », « 2 min »: a wait as a person reads it. */
export function waitInFrench(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? `${whole} s` : `${Math.ceil(whole / 60)} min`;
}

function workbenchError(code: ErrorCode | undefined, extensions: Record<string, unknown>) {
  switch (code) {
    case 'UNAUTHENTICATED':
      return new ApiError(
        'unauthenticated',
        'Vous n’êtes pas connecté·e (ou votre session a expiré) : connectez-vous pour continuer.',
      );
    case 'FORBIDDEN':
      return new ApiError(
        'forbidden',
        extensions.reason === 'OWNER'
          ? 'Seul·e l’auteur·e de la maquette ou un·e administrateur·rice peut la supprimer.'
          : extensions.reason === 'ROLE'
            ? 'Votre compte ne permet pas cette action.'
            : 'Cette action a été refusée par sécurité : rechargez la page puis réessayez.',
      );
    case 'RATE_LIMITED':
      return new ApiError(
        'forbidden',
        `Trop d’essais infructueux : réessayez dans ${waitInFrench(Number(extensions.retryAfterSeconds ?? 60))}.`,
      );
    case 'CONFLICT':
      // Without a latest version: two requests wrote the same thing at once, nothing to merge.
      if (extensions.latestVersion === undefined)
        return new ApiError(
          'server',
          'Une autre demande a modifié les mêmes données au même moment : réessayez.',
        );
      return new ApiError(
        'conflict',
        `Une version ${String(Number(extensions.latestVersion))} a été enregistrée entre-temps.`,
        undefined,
        extensions,
      );
    case 'NOT_FOUND':
      return new ApiError('not-found', 'Cette maquette ou cette version n’existe pas.');
    default:
      return null;
  }
}

/**
 * POSTs one operation of operations.graphql to the same origin, typed by its generated types.
 * The variables are the only place a profile goes.
 */
export async function graphql<T, V>(
  operation: Operation<T, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(csrfToken && { 'x-csrf-token': csrfToken }),
      },
      body: JSON.stringify({ query: operation.document, operationName: operation.name, variables }),
      ...(signal && { signal }),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      'unavailable',
      'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    );
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      response.status >= 500 ? 'unavailable' : 'server',
      `Le serveur a répondu de façon inattendue (HTTP ${response.status}).`,
    );
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    const known = workbenchError(code, error.extensions ?? {});
    if (known) throw known;
    if (code === 'BAD_USER_INPUT')
      throw new ApiError('input', error.message, error.extensions?.field);
    if (code === 'SEARCH_TOO_BROAD')
      throw new ApiError(
        'input',
        'Cette recherche de parcours est trop vaste : réduisez le nombre d’étapes ou choisissez moins de pistes.',
      );
    if (code === 'SERVICE_UNAVAILABLE' || response.status === 503)
      throw new ApiError(
        'unavailable',
        'La base de données ne répond pas pour le moment. Réessayez dans un instant.',
      );
    throw new ApiError(
      'server',
      'Le serveur a rencontré une erreur. Réessayez ; si cela persiste, signalez-le.',
    );
  }
  if (!body.data) throw new ApiError('server', 'Réponse vide du serveur.');
  return body.data;
}
