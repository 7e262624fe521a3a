import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { EthicsService } from './ethics.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Shortly after start, so a restarted app does not wait a day; then daily. */
const FIRST_RUN_MS = 30_000;

/** Runs the mandate reminder daily (off when config.scheduledJobs is false: tests call it directly). */
@Injectable()
export class EthicsReminderScheduler implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EthicsReminderScheduler.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly ethics: EthicsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.scheduledJobs) return;
    // unref: the timers never keep the process alive on their own.
    this.timers = [
      setTimeout(() => void this.run(), FIRST_RUN_MS).unref(),
      setInterval(() => void this.run(), DAY_MS).unref(),
    ];
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  private async run(): Promise<void> {
    try {
      await this.ethics.remindEndingMandates(new Date());
    } catch (error) {
      // Nothing was half-written (one transaction per mandate); the next run tries again.
      this.logger.warn(`Ethics mandate reminder failed: ${String(error)}`);
    }
  }
}
