import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { humanText, withTranslation } from '@letscoop/domain';
import { printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

describe('the API contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves exactly the committed apps/api/schema.gql (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../schema.gql', import.meta.url)), 'utf8');
    const served = `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`;
    expect(served).toBe(committed);
  });

  it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH or costlier than GRAPHQL_MAX_COST, typed, no stack trace', async () => {
    const strict = await startTestApp({ graphqlMaxDepth: 3, graphqlMaxCost: 50 });
    try {
      const deep = await gql(strict.browser(), `{ me { memberships { person { id } } } }`);
      expect(deep.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(deep.errors?.[0].message).toMatch(/depth/i);
      expect(JSON.stringify(deep)).not.toMatch(/stacktrace/);
      const costly = await gql(strict.browser(), `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: appInfo { demo }`).join(' ')} }`);
      expect(costly.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(costly.errors?.[0].message).toMatch(/cost/i);
      expect((await gql(strict.browser(), `{ appInfo { demo } }`)).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  it('refuses a body over the size limit', async () => {
    const res = await t.browser().post('/graphql').set('Content-Type', 'application/json').send({ query: '{ appInfo { demo } }', variables: { pad: 'x'.repeat(26 * 1024 * 1024) } });
    expect(res.status).toBe(413);
  });
});

describe('translated text in the reader’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const coop = await seedCooperative(t);
    await t.sql(`UPDATE cooperative SET description = $1 WHERE id = $2`, [
      withTranslation(humanText('nl', 'Een coöperatie van autonome werkers.'), 'en', 'A cooperative of autonomous workers.', 'MACHINE'),
      coop.id,
    ]);
    await seedPerson(t, { email: 'reader@example.org', cooperativeId: coop.id });
  });
  afterAll(() => t.close());

  const DESCRIPTION = `{ cooperatives { description { text language requested fellBack machineTranslated original translations { language status } } } }`;

  it('answers in the Accept-Language, marks machine translations, and says when it fell back', async () => {
    const reader = t.browser();
    await gql(reader, LOGIN, { email: 'reader@example.org', password: PASSWORD });
    const nl = (await gql(reader, DESCRIPTION, {}, { 'Accept-Language': 'nl-BE,nl;q=0.9' })).data?.cooperatives[0].description;
    expect(nl).toMatchObject({ text: 'Een coöperatie van autonome werkers.', language: 'nl', fellBack: false, machineTranslated: false });
    const en = (await gql(reader, DESCRIPTION, {}, { 'Accept-Language': 'en' })).data?.cooperatives[0].description;
    expect(en).toMatchObject({ text: 'A cooperative of autonomous workers.', language: 'en', fellBack: false, machineTranslated: true });
    const fr = (await gql(reader, DESCRIPTION, {}, { 'Accept-Language': 'fr' })).data?.cooperatives[0].description;
    expect(fr).toMatchObject({ text: 'Een coöperatie van autonome werkers.', language: 'nl', requested: 'fr', fellBack: true, original: 'nl' });
    expect(fr.translations).toEqual([
      { language: 'nl', status: 'HUMAN' },
      { language: 'fr', status: 'MISSING' },
      { language: 'en', status: 'MACHINE' },
    ]);
  });

  it("uses the reader's preferred language when the request names none", async () => {
    const reader = t.browser();
    await gql(reader, LOGIN, { email: 'reader@example.org', password: PASSWORD });
    await gql(reader, `mutation { updateMyProfile(input: { preferredLanguage: en }) { id } }`);
    const res = await reader.post('/graphql').set('Content-Type', 'application/json').unset('Accept-Language').send({ query: DESCRIPTION });
    expect(res.body.data.cooperatives[0].description.language).toBe('en');
  });
});
