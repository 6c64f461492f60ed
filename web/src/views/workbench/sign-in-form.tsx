import { useState } from 'preact/hooks';
import { ApiError, graphql } from '../../api/client.js';
import { SIGN_IN } from '../../api/queries.js';
import type { Viewer } from '../../api/types.js';

/** Signs a designer in; also shown in place when a session ends while a draft is being edited. */
export function SignInForm({
  onSignedIn,
  again = false,
}: {
  onSignedIn: (viewer: Viewer) => void;
  /** The session ended during work: say so instead of presenting the workbench. */
  again?: boolean;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="panel sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        graphql(SIGN_IN, { email, password })
          .then((d) => {
            setPassword('');
            onSignedIn(d.signIn);
          })
          .catch((err: unknown) => {
            setError(err instanceof ApiError ? err.message : 'La connexion a échoué.');
          })
          .finally(() => {
            setBusy(false);
          });
      }}
    >
      {again ? (
        <p role="alert">
          Votre session a pris fin : reconnectez-vous pour enregistrer, vos modifications sont
          conservées.
        </p>
      ) : (
        <p>
          L’atelier permet aux concepteurs et conceptrices de formation de construire, versionner et
          exporter une maquette de blocs de compétences. Il demande un compte (créé par
          l’administrateur·rice avec <code>npm run user:add</code>).
        </p>
      )}
      <label for="sign-in-email">Adresse électronique</label>
      <input
        id="sign-in-email"
        type="email"
        autocomplete="username"
        required
        value={email}
        onInput={(e) => {
          setEmail(e.currentTarget.value);
        }}
      />
      <label for="sign-in-password">Mot de passe</label>
      <input
        id="sign-in-password"
        type="password"
        autocomplete="current-password"
        required
        value={password}
        onInput={(e) => {
          setPassword(e.currentTarget.value);
        }}
      />
      {error && (
        <p class="status status-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        Se connecter
      </button>
    </form>
  );
}
