import { addAccount } from '../../server/modules/auth/auth-service.js';
import type { GraphGateway } from '../../server/neo4j/gateway.js';

export interface GqlAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  setCookie: string[];
}

/**
 * A browser-like client of the real HTTP server: it keeps the session cookie and sends the CSRF
 * token the way the web app does, and can be told to leave either out.
 */
export class WorkbenchClient {
  cookie = '';
  /** The bookmarks of this client's last write, sent back like a browser would. */
  bookmarkCookie = '';
  csrfToken = '';

  /** `headers`: sent with every request (an X-Forwarded-For, as a proxy would add). */
  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { csrf?: string | null; origin?: string; cookie?: string } = {},
  ): Promise<GqlAnswer<T>> {
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    const cookie = [options.cookie ?? this.cookie, this.bookmarkCookie].filter(Boolean).join('; ');
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        ...this.headers,
        'content-type': 'application/json',
        ...(cookie && { cookie }),
        ...(csrf && { 'x-csrf-token': csrf }),
        ...(options.origin && { origin: options.origin }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<GqlAnswer<T>, 'data' | 'errors'>;
    const setCookie = response.headers.getSetCookie();
    for (const header of setCookie) {
      const pair = header.split(';')[0] ?? '';
      // The session's cookie, and apart the bookmarks of the last write (credentials.ts).
      if (pair.includes('passerelles_after=')) this.bookmarkCookie = pair;
      else this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return { status: response.status, ...body, setCookie };
  }

  async signIn(email: string, password: string) {
    const answer = await this.gql<{ signIn: { csrfToken: string } }>(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { csrfToken } }',
      { e: email, p: password },
    );
    if (answer.data?.signIn) this.csrfToken = answer.data.signIn.csrfToken;
    return answer;
  }

  get(path: string, cookie = this.cookie) {
    return fetch(`${this.url}${path}`, { headers: cookie ? { cookie } : {} });
  }
}

export const codeOf = (answer: GqlAnswer) => answer.errors?.[0]?.extensions?.code;

export const PASSWORD = 'correct horse battery staple';

/** Accounts for the tests, created the way npm run user:add does. */
export async function addTestAccounts(gateway: GraphGateway) {
  await addAccount(gateway, {
    email: 'designer@example.org',
    password: PASSWORD,
    role: 'DESIGNER',
  });
  await addAccount(gateway, { email: 'other@example.org', password: PASSWORD, role: 'DESIGNER' });
  await addAccount(gateway, { email: 'admin@example.org', password: PASSWORD, role: 'ADMIN' });
  await addAccount(gateway, { email: 'locked@example.org', password: PASSWORD, role: 'DESIGNER' });
}
