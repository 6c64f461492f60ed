import type { Operation } from './queries.js';

/** Why a request failed, in words a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'input' | 'server',
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
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
      headers: { 'content-type': 'application/json', accept: 'application/json' },
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
