import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { createApp, migrate } from './bootstrap.js';
import { loadConfig } from './config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';

const logger = new Logger('LetsCoop');

async function main(): Promise<void> {
  const config = loadConfig();
  config.webDist ??= fileURLToPath(new URL('../../web/dist', import.meta.url));
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`Starting the embedded PostgreSQL (data in ${config.pgDataDir}, port ${config.pgPort})`);
    embedded = await startEmbeddedPostgres({ dataDir: config.pgDataDir, port: config.pgPort, persistent: true, log: (l) => logger.warn(l) });
    databaseUrl = embedded.url;
  }
  await migrate(databaseUrl);
  const app = await createApp(config, databaseUrl);
  await app.listen(config.port);
  logger.log(`LetsCoop is ready on http://localhost:${config.port} (GraphQL at /graphql)${config.demo ? ' — demo mode' : ''}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
