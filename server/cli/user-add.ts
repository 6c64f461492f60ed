import { parseArgs } from 'node:util';
import { z } from 'zod';
import { applySchema } from '../neo4j/apply-schema.js';
import { passwordSchema } from '../../schema/workbench.js';
import { addAccount } from '../modules/auth/auth-service.js';
import { UserInputError } from '../domain/errors.js';
import { withGraph } from './with-graph.js';

const USAGE =
  'usage: npm run user:add -- --email <e-mail> --role designer|admin  (the password is read from standard input)';

const argsSchema = z.object({
  email: z.string({ error: 'missing --email' }),
  role: z.enum(['designer', 'admin'], { error: '--role must be designer or admin' }),
});

/** The password: typed twice without echo on a terminal, else the first line of standard input. */
async function readPassword(): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      stdout.write(prompt);
      stdin.setRawMode(true);
      stdin.resume();
      let typed = '';
      const onData = (data: Buffer) => {
        for (const char of data.toString('utf8')) {
          if (char === '\r' || char === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            stdout.write('\n');
            resolve(typed);
            return;
          }
          if (char === '\u0003') process.exit(130);
          typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password (12 characters or more): ');
  const again = await ask('Again: ');
  if (first !== again) throw new UserInputError('password', 'the two entries differ');
  return first;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' } },
    strict: true,
  });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error(args.error.issues[0]?.message ?? 'invalid arguments');
    console.error(USAGE);
    return 2;
  }
  const password = await readPassword();
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) {
    console.error(`password: ${checked.error.issues[0]?.message ?? 'is not valid'}`);
    return 2;
  }
  const log = (msg: string) => {
    console.log(msg);
  };
  return withGraph(log, async (gateway) => {
    await applySchema(gateway);
    const account = await addAccount(gateway, {
      email: args.data.email,
      password,
      role: args.data.role === 'admin' ? 'ADMIN' : 'DESIGNER',
    });
    console.log(`Account created: ${account.email} (${args.data.role}).`);
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof UserInputError ? 2 : 1);
  },
);
