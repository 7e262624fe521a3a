import { Logger, ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ValidationError } from 'class-validator';
import cookieParser from 'cookie-parser';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module.js';
import { validation } from './common/errors.js';
import type { AppConfig } from './config.js';
import { createDataSource } from './database/data-source.js';
import { DemoDataService } from './modules/demo/demo-data.service.js';

export const BODY_LIMIT = '25mb';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => [
    ...(e.constraints ? [{ field: prefix + e.property, messages: Object.values(e.constraints) }] : []),
    ...flatten(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/** Applies pending migrations; safe to call on every start. */
export async function migrate(databaseUrl: string): Promise<void> {
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** The configured Nest app (not listening yet): used by main.ts and by the integration tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bodyParser: false,
    logger: config.quiet ? false : ['error', 'warn', 'log'],
  });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(cookieParser());
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      exceptionFactory: (errors) => validation(flatten(errors)),
    }),
  );
  if (config.webDist && existsSync(join(config.webDist, 'index.html'))) serveWeb(app, config.webDist);
  if (config.demo) await app.get(DemoDataService).loadIfEmpty();
  return app;
}

/** The built web app on the same port; unknown paths get index.html (client-side routes). */
function serveWeb(app: NestExpressApplication, dist: string): void {
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/api/')) return next();
    res.sendFile(join(dist, 'index.html'));
  });
  new Logger('Web').log(`Serving the web app from ${dist}`);
}
