import { z } from 'zod';
import type { MutationSignInArgs } from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import type { ApiContext } from '../../graphql/context.js';
import { authorizeWrite, SESSION_TTL_MS, signIn, signOut, type Viewer } from './auth-service.js';

/** Accounts and sessions: who is signed in, signing in and out (the session travels as a cookie). */

const signInArgs = z.object({
  email: z.string().max(254, 'is too long'),
  password: z.string().max(256, 'must be at most 256 characters long'),
});

export const authResolvers = {
  Query: {
    me: (_: unknown, _args: unknown, ctx: ApiContext) => ctx.viewer(),
  },
  Mutation: {
    signIn: async (_: unknown, args: MutationSignInArgs, ctx: ApiContext) => {
      const signedIn = await signIn(ctx.gateway, parseArgs(signInArgs, args), ctx.credentials);
      ctx.outcome.sessionCookie = {
        token: signedIn.sessionToken,
        maxAgeSeconds: SESSION_TTL_MS / 1000,
      };
      return signedIn.viewer;
    },
    signOut: async (_: unknown, _args: unknown, ctx: ApiContext) => {
      const viewer = await ctx.viewer();
      if (viewer && ctx.credentials.sessionToken) {
        // Another site cannot sign a person out: the same checks as any write, before anything.
        authorizeWrite(viewer, ctx.credentials, [viewer.role]);
        await signOut(ctx.gateway, ctx.credentials.sessionToken);
      }
      ctx.outcome.sessionCookie = { token: null, maxAgeSeconds: 0 };
      return viewer !== null;
    },
  },
  Viewer: {
    expiresAt: (v: Viewer) => new Date(v.expiresAt).toISOString(),
  },
};
