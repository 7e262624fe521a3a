import { Injectable } from '@nestjs/common';
import { can, seriesYears, setTextInLanguage, type Actor, type TranslatedTextValue } from '@letscoop/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import type { DefineSocialIndicatorInput } from './dto/define-social-indicator.input.js';
import type { RecordIndicatorValueInput } from './dto/record-indicator-value.input.js';
import type { UpdateSocialIndicatorInput } from './dto/update-social-indicator.input.js';
import { SocialIndicatorValueEntity } from './social-indicator-value.entity.js';
import { SocialIndicatorEntity } from './social-indicator.entity.js';

export interface IndicatorSeries {
  years: number[];
  lines: { indicator: SocialIndicatorEntity; values: (number | null)[] }[];
}

/**
 * Social impact indicators: definitions and yearly values, written by the ethics committee and
 * the secretariat (indicator.manage), read by every member (ethics.view).
 */
@Injectable()
export class SocialIndicatorsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, cooperativeId: string): Promise<SocialIndicatorEntity[]> {
    if (!can(actor, 'ethics.view', { cooperativeId }))
      throw forbidden("see this cooperative's social impact indicators");
    return this.db
      .getRepository(SocialIndicatorEntity)
      .find({ where: { cooperativeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<SocialIndicatorEntity> {
    const indicator = await this.db.getRepository(SocialIndicatorEntity).findOneBy({ id });
    if (!indicator) throw notFound('social impact indicator', id);
    if (!can(actor, 'ethics.view', { cooperativeId: indicator.cooperativeId })) {
      throw forbidden("see this cooperative's social impact indicators");
    }
    return indicator;
  }

  /** Every indicator over the same years (from the first to the last measured, or the range asked), for charts. */
  async series(
    actor: Actor,
    cooperativeId: string,
    fromYear: number | null,
    toYear: number | null,
  ): Promise<IndicatorSeries> {
    if (fromYear !== null && toYear !== null && fromYear > toYear) {
      throw validation([{ field: 'fromYear', messages: ['fromYear comes before toYear.'] }]);
    }
    const indicators = await this.list(actor, cooperativeId);
    const values = await this.valuesOf(indicators.map((i) => i.id));
    const measured = values
      .map((v) => v.year)
      .filter((y) => (fromYear === null || y >= fromYear) && (toYear === null || y <= toYear));
    const bounds = [...measured, ...(fromYear !== null ? [fromYear] : []), ...(toYear !== null ? [toYear] : [])];
    const years = seriesYears(bounds);
    return {
      years,
      lines: indicators.map((indicator) => {
        const own = new Map(values.filter((v) => v.indicatorId === indicator.id).map((v) => [v.year, v.value]));
        return { indicator, values: years.map((y) => own.get(y) ?? null) };
      }),
    };
  }

  valuesOf(indicatorIds: readonly string[]): Promise<SocialIndicatorValueEntity[]> {
    if (indicatorIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(SocialIndicatorValueEntity)
      .find({ where: { indicatorId: In([...indicatorIds]) }, order: { year: 'ASC' } });
  }

  mayManage(actor: Actor, cooperativeId: string): boolean {
    return can(actor, 'indicator.manage', { cooperativeId });
  }

  async define(viewer: Viewer, input: DefineSocialIndicatorInput): Promise<SocialIndicatorEntity> {
    if (!this.mayManage(viewer.actor, input.cooperativeId)) {
      throw forbidden('define social impact indicators: the ethics committee and the secretariat do');
    }
    const id = await this.db.transaction(async (manager) => {
      const texts = this.texts(null, input);
      const [{ id: indicatorId }] = await manager.query<{ id: string }[]>(
        `INSERT INTO social_indicator (cooperative_id, name, unit, method, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.cooperativeId, texts.name, texts.unit, texts.method, viewer.person.id],
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'indicator.defined',
        subjectType: 'social_indicator',
        subjectId: indicatorId,
        cooperativeId: input.cooperativeId,
        after: { language: input.language, name: input.name.trim(), unit: input.unit.trim() },
      });
      return indicatorId;
    });
    return this.db.getRepository(SocialIndicatorEntity).findOneByOrFail({ id });
  }

  /** Edits or translates the texts in one language; the other languages stay. */
  async update(viewer: Viewer, input: UpdateSocialIndicatorInput): Promise<SocialIndicatorEntity> {
    await this.db.transaction(async (manager) => {
      const indicator = await this.lockForManager(manager, viewer, input.indicatorId);
      const texts = this.texts(indicator, input);
      await manager.update(SocialIndicatorEntity, indicator.id, texts);
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'indicator.updated',
        subjectType: 'social_indicator',
        subjectId: indicator.id,
        cooperativeId: indicator.cooperativeId,
        after: { language: input.language, name: input.name.trim(), unit: input.unit.trim() },
      });
    });
    return this.db.getRepository(SocialIndicatorEntity).findOneByOrFail({ id: input.indicatorId });
  }

  /** The value for a year: recorded, or replaced (the audit trail keeps the earlier figure). */
  async recordValue(viewer: Viewer, input: RecordIndicatorValueInput): Promise<SocialIndicatorEntity> {
    if (input.note?.trim() && !input.language) {
      throw validation([{ field: 'language', messages: ['Say which language the note is written in.'] }]);
    }
    await this.db.transaction(async (manager) => {
      const indicator = await this.lockForManager(manager, viewer, input.indicatorId);
      const previous = await manager.findOneBy(SocialIndicatorValueEntity, {
        indicatorId: indicator.id,
        year: input.year,
      });
      const note = input.language
        ? setTextInLanguage(previous?.note ?? null, input.language, input.note)
        : (previous?.note ?? null);
      await manager.query(
        `INSERT INTO social_indicator_value (indicator_id, year, value, note, recorded_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (indicator_id, year) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note,
           recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
        [indicator.id, input.year, input.value, note, viewer.person.id],
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'indicator.valueRecorded',
        subjectType: 'social_indicator',
        subjectId: indicator.id,
        cooperativeId: indicator.cooperativeId,
        before: previous ? { year: previous.year, value: previous.value } : null,
        after: { year: input.year, value: input.value },
      });
    });
    return this.db.getRepository(SocialIndicatorEntity).findOneByOrFail({ id: input.indicatorId });
  }

  async removeValue(viewer: Viewer, indicatorId: string, year: number): Promise<SocialIndicatorEntity> {
    await this.db.transaction(async (manager) => {
      const indicator = await this.lockForManager(manager, viewer, indicatorId);
      const previous = await manager.findOneBy(SocialIndicatorValueEntity, { indicatorId, year });
      if (!previous) throw notFound(`value for ${year} of the indicator`, indicatorId);
      await manager.delete(SocialIndicatorValueEntity, { indicatorId, year });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'indicator.valueRemoved',
        subjectType: 'social_indicator',
        subjectId: indicatorId,
        cooperativeId: indicator.cooperativeId,
        before: { year, value: previous.value },
      });
    });
    return this.db.getRepository(SocialIndicatorEntity).findOneByOrFail({ id: indicatorId });
  }

  private texts(
    previous: Pick<SocialIndicatorEntity, 'name' | 'unit' | 'method'> | null,
    input: { language: DefineSocialIndicatorInput['language']; name: string; unit: string; method: string },
  ): { name: TranslatedTextValue; unit: TranslatedTextValue; method: TranslatedTextValue } {
    const set = (value: TranslatedTextValue | null, text: string) =>
      setTextInLanguage(value, input.language, text) as TranslatedTextValue;
    return {
      name: set(previous?.name ?? null, input.name),
      unit: set(previous?.unit ?? null, input.unit),
      method: set(previous?.method ?? null, input.method),
    };
  }

  private async lockForManager(manager: EntityManager, viewer: Viewer, id: string): Promise<SocialIndicatorEntity> {
    const indicator = await manager
      .getRepository(SocialIndicatorEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id })
      .getOne();
    if (!indicator) throw notFound('social impact indicator', id);
    if (!this.mayManage(viewer.actor, indicator.cooperativeId)) {
      throw forbidden('change social impact indicators: the ethics committee and the secretariat do');
    }
    return indicator;
  }
}
