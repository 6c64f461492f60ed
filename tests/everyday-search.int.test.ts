import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYDAY_QUERIES } from './support/everyday-queries.js';
import { startTestApp } from './support/test-app.js';

let api: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

describe('everyday French finds what people mean (the project dataset)', () => {
  it('puts the meant node in the first five hits of the search, for every everyday query', async () => {
    const missed: string[] = [];
    for (const { typed, means } of EVERYDAY_QUERIES) {
      const result = await api.run<{ search: { key: string }[] }>(
        'query($t: String!) { search(text: $t, limit: 5) { key } }',
        { t: typed },
      );
      expect(result.errors).toBeUndefined();
      const keys = result.data?.search.map((h) => h.key) ?? [];
      if (!means.some((key) => keys.includes(key))) missed.push(`${typed} → ${keys.join(', ')}`);
    }
    expect(missed).toEqual([]);
  });

  it('puts the secretary’s own job first in the role pickers for « AMA » and « secrétaire médicale »', async () => {
    for (const typed of ['AMA', 'secrétaire médicale', 'Assistante médico-administrative']) {
      const result = await api.run<{ roles: { id: string }[] }>(
        'query($t: String) { roles(search: $t) { id } }',
        { t: typed },
      );
      expect(result.data?.roles[0]?.id, typed).toBe('secretaire-medicale');
    }
    // Stop words alone find nothing, and break nothing.
    const none = await api.run<{ roles: { id: string }[] }>('{ roles(search: "de la") { id } }');
    expect(none.errors).toBeUndefined();
  });
});
