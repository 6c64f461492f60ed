const ROUTES = JSON.stringify({
  query:
    '{ careerRoutes(profile: {currentRoleId: "secretaire-medicale"}, targetRoleId: "technicien-information-medicale", limit: 3) { id totalCost } }',
});

export interface LoadTally {
  /** HTTP status → count. */
  statuses: Map<number, number>;
  /** Requests that got no HTTP answer (connection refused or reset). */
  refused: number;
  /** Answers with a GraphQL error, by code. */
  errorCodes: Map<string, number>;
}

/**
 * `clients` loops posting careerRoutes until `stop` is aborted; counts what came back. Bounded:
 * loopback only, and it stops when told or when the server stops answering.
 */
export async function routeLoad(url: string, clients: number, stop: AbortSignal) {
  const tally: LoadTally = { statuses: new Map(), refused: 0, errorCodes: new Map() };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const client = async () => {
    while (!stop.aborted) {
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: ROUTES,
        });
        bump(tally.statuses, response.status);
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        for (const error of body.errors ?? [])
          bump(tally.errorCodes, error.extensions?.code ?? '?');
      } catch {
        tally.refused++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return tally;
}
