import { z } from 'zod';
import type { Resolvers } from '../../graphql/api-types.generated.js';
import { parseArgs } from '../../graphql/arguments.js';
import { authorizeWrite, SESSION_TTL_MS, signIn, signOut, type Viewer } from './auth-service.js';
import type { FieldCosts } from '../../graphql/field-costs.js';

/** Accounts and sessions: who is signed in, signing in and out (the session travels as a cookie). */

const signInArgs = z.object({
  email: z.string().max(254, 'is too long'),
  password: z.string().max(256, 'must be at most 256 characters long'),
});

export const authResolvers: Resolvers = {
  Query: {
    me: (_, _args, ctx) => ctx.viewer(),
  },
  Mutation: {
    signIn: async (_, args, ctx) => {
      const signedIn = await signIn(ctx.gateway, parseArgs(signInArgs, args), ctx.credentials);
      ctx.outcome.sessionCookie = {
        token: signedIn.sessionToken,
        maxAgeSeconds: SESSION_TTL_MS / 1000,
      };
      return signedIn.viewer;
    },
    signOut: async (_, _args, ctx) => {
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

/** A sign-in hashes a password (scrypt, 32 MiB): one per request. */
export const authCosts: FieldCosts = {
  Mutation: { signIn: () => 60_000 },
};
