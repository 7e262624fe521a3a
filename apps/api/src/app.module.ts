import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { makeErrorFormatter } from './common/format-error.js';
import { formatSubscriptionResult, graphqlContext, sameOriginOnly } from './common/subscription-context.js';
import { APP_CONFIG } from './common/tokens-di.js';
import type { AppConfig } from './config.js';
import { ENTITIES } from './database/data-source.js';
import { ActionPlanModule } from './modules/action-plan/action-plan.module.js';
import { AssembliesModule } from './modules/assemblies/assemblies.module.js';
import { AuditQueryModule } from './modules/audit/audit-query.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CooperativesModule } from './modules/cooperatives/cooperatives.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { EditionsModule } from './modules/editions/editions.module.js';
import { EthicsModule } from './modules/ethics/ethics.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ParticipationModule } from './modules/participation/participation.module.js';
import { HealthController } from './health.controller.js';
import { RecommendationsModule } from './modules/recommendations/recommendations.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';

/** graphql-armor throws by default, which Apollo treats as a crash; report a validation error instead. */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/** A TypeORM logger that only reports each query (AppConfig.onQuery: tests count queries). */
function queryListener(onQuery: (sql: string) => void): TypeOrmLogger {
  const ignore = (): void => undefined;
  return { logQuery: (sql) => onQuery(sql), logQueryError: ignore, logQuerySlow: ignore, logSchemaBuild: ignore, logMigration: ignore, log: ignore };
}

@Global()
@Module({})
class ConfigModule {
  static register(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    const logger = new Logger('GraphQL');
    const formatError = makeErrorFormatter(config.development, (error) => logger.error(error));
    return {
      module: AppModule,
      controllers: [HealthController],
      imports: [
        ConfigModule.register(config),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          entities: ENTITIES,
          synchronize: false,
          extra: { max: Number(process.env.DB_POOL_SIZE ?? 20) },
          ...(config.onQuery ? { logging: ['query'] as const, logger: queryListener(config.onQuery) } : {}),
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          introspection: true,
          context: graphqlContext,
          formatError,
          // Live updates over graphql-ws on the same path; the session cookie of the upgrade request signs in.
          subscriptions: {
            'graphql-ws': { path: '/graphql', onConnect: sameOriginOnly(config.publicUrl), onNext: formatSubscriptionResult(formatError) },
          },
          validationRules: [
            maxDepthRule({ n: config.graphqlMaxDepth, exposeLimits: true, ...reportAsValidationError }),
            costLimitRule({ maxCost: config.graphqlMaxCost, exposeLimits: true, ...reportAsValidationError }),
          ],
        }),
        AuditModule,
        MailModule,
        NotificationsModule,
        MembersModule,
        CooperativesModule,
        AuthModule,
        AuditQueryModule,
        EditionsModule,
        ParticipationModule,
        RecommendationsModule,
        AssembliesModule,
        ActionPlanModule,
        EthicsModule,
        ReportsModule,
        DemoModule,
      ],
    };
  }
}
