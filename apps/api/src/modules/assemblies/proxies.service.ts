import { Injectable } from '@nestjs/common';
import { can, checkProxyGrant, describeProxyProblem, type ProxyGrant } from '@letscoop/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { appError, forbidden, notFound } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { pgCode } from '../editions/db-errors.js';
import { AssembliesService, notEntitled, requireId, wrongStatus } from './assemblies.service.js';
import { AssemblyLiveService } from './assembly-live.service.js';
import type { AssemblyEntity } from './assembly.entity.js';
import type { GrantProxyInput } from './dto/grant-proxy.input.js';
import type { ProxyEntity } from './proxy.entity.js';

const PROXY_RETURNING = `RETURNING id, assembly_id AS "assemblyId", grantor_id AS "grantorId", holder_id AS "holderId",
  granted_at AS "grantedAt", granted_by AS "grantedBy", revoked_at AS "revokedAt", revoked_by AS "revokedBy"`;

type LockedAssembly = Pick<
  AssemblyEntity,
  'id' | 'cooperativeId' | 'status' | 'proxyCap' | 'recordDate' | 'proxiesFrozenAt'
>;

/**
 * Written proxies: an entitled member gives theirs to another entitled member, between
 * convocation and the opening of the first poll. The cap per holder and "no chains" hold under
 * concurrency: each grant locks the voter rows of grantor and holder (in person id order, so two
 * grants never wait on each other in a circle), then reads the grants in force involving either
 * and asks libs/domain. Any two grants that could break a rule together share a person, so they
 * run one after the other. The unique index proxy_one_per_grantor backs up "one proxy per member".
 */
@Injectable()
export class ProxiesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly assemblies: AssembliesService,
    private readonly live: AssemblyLiveService,
  ) {}

  async grant(viewer: Viewer, input: GrantProxyInput): Promise<ProxyEntity> {
    const grantorId = input.grantorId ?? viewer.person.id;
    const self = grantorId === viewer.person.id;
    const proxy = await this.db.transaction(async (manager) => {
      const assembly = await this.lockShared(manager, input.assemblyId);
      this.assemblies.require(viewer.actor, 'assembly.view', assembly, "take part in this cooperative's assemblies");
      if (!can(viewer.actor, 'proxy.grant', { cooperativeId: assembly.cooperativeId, personId: grantorId }))
        throw forbidden("give someone else's proxy: the secretariat registers written proxies");
      this.requireOpen(assembly);
      const onList = await this.lockVoters(manager, assembly.id, [grantorId, input.holderId]);
      if (!onList.has(grantorId)) throw notEntitled(assembly, self ? 'You are' : 'The member giving the proxy is');
      if (!onList.has(input.holderId)) throw notEntitled(assembly, 'The member you chose to hold the proxy is');
      const inForce = await manager.query<ProxyGrant[]>(
        `SELECT grantor_id AS "grantorId", holder_id AS "holderId" FROM proxy
         WHERE assembly_id = $1 AND revoked_at IS NULL AND (grantor_id = ANY($2) OR holder_id = ANY($2))`,
        [assembly.id, [grantorId, input.holderId]],
      );
      const problem = checkProxyGrant({
        grantorId,
        holderId: input.holderId,
        capPerHolder: assembly.proxyCap,
        existingGrants: inForce,
      });
      if (problem) throw appError('PROXY_REFUSED', describeProxyProblem(problem), { reason: problem.code });
      let rows: ProxyEntity[];
      try {
        rows = await manager.query<ProxyEntity[]>(
          `INSERT INTO proxy (assembly_id, grantor_id, holder_id, granted_by) VALUES ($1, $2, $3, $4) ${PROXY_RETURNING}`,
          [assembly.id, grantorId, input.holderId, viewer.person.id],
        );
      } catch (error) {
        if (pgCode(error) === '23505') {
          const gave = { code: 'GRANTOR_ALREADY_GAVE', holderId: input.holderId } as const;
          throw appError('PROXY_REFUSED', describeProxyProblem(gave), { reason: gave.code });
        }
        throw error;
      }
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'proxy.grant',
        subjectType: 'assembly',
        subjectId: assembly.id,
        cooperativeId: assembly.cooperativeId,
        after: { proxyId: rows[0].id, grantorId, holderId: input.holderId, registeredBySecretariat: !self },
      });
      return rows[0];
    });
    this.live.assemblyChanged(proxy.assemblyId);
    return proxy;
  }

  /** The grantor themselves, or the secretariat; the row stays, marked revoked. */
  async revoke(viewer: Viewer, proxyId: string): Promise<ProxyEntity> {
    requireId('proxyId', proxyId);
    const proxy = await this.db.transaction(async (manager) => {
      const [found] = await manager.query<{ assemblyId: string; grantorId: string; holderId: string }[]>(
        `SELECT assembly_id AS "assemblyId", grantor_id AS "grantorId", holder_id AS "holderId" FROM proxy WHERE id = $1`,
        [proxyId],
      );
      if (!found) throw notFound('proxy', proxyId);
      const assembly = await this.lockShared(manager, found.assemblyId);
      this.assemblies.require(viewer.actor, 'assembly.view', assembly, "take part in this cooperative's assemblies");
      if (!can(viewer.actor, 'proxy.grant', { cooperativeId: assembly.cooperativeId, personId: found.grantorId }))
        throw forbidden('revoke this proxy: only the member who gave it, or the secretariat, can');
      this.requireOpen(assembly);
      // The same locks as a grant, so a revocation and a new grant by the same member are ordered.
      await this.lockVoters(manager, assembly.id, [found.grantorId, found.holderId]);
      const rows = await manager.query<ProxyEntity[]>(
        // In a CTE: TypeORM answers a bare UPDATE with [rows, count].
        `WITH revoked AS (UPDATE proxy SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL ${PROXY_RETURNING})
         SELECT * FROM revoked`,
        [proxyId, viewer.person.id],
      );
      if (!rows.length)
        throw appError('CONFLICT', 'This proxy was revoked already; the member can give a new one.', {
          reason: 'ALREADY_REVOKED',
        });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'proxy.revoke',
        subjectType: 'assembly',
        subjectId: assembly.id,
        cooperativeId: assembly.cooperativeId,
        before: { proxyId, grantorId: found.grantorId, holderId: found.holderId },
        after: { revoked: true },
      });
      return rows[0];
    });
    this.live.assemblyChanged(proxy.assemblyId);
    return proxy;
  }

  /**
   * The assembly row FOR SHARE: grants run side by side, while openPoll (which freezes proxies
   * holding the row FOR UPDATE) waits for them, or they wait for it and then see the freeze.
   */
  private async lockShared(manager: EntityManager, assemblyId: string): Promise<LockedAssembly> {
    const [assembly] = await manager.query<LockedAssembly[]>(
      `SELECT id, cooperative_id AS "cooperativeId", status, proxy_cap AS "proxyCap",
              to_char(record_date, 'YYYY-MM-DD') AS "recordDate", proxies_frozen_at AS "proxiesFrozenAt"
       FROM assembly WHERE id = $1 FOR SHARE`,
      [assemblyId],
    );
    if (!assembly) throw notFound('assembly', assemblyId);
    return assembly;
  }

  private requireOpen(assembly: LockedAssembly): void {
    if (assembly.status === 'DRAFT')
      wrongStatus(
        assembly,
        'proxies can be given once it is convened (that freezes the list of members who can vote).',
      );
    if (assembly.status === 'CLOSED')
      throw appError('PROXIES_CLOSED', 'The assembly is closed: proxies can no longer be given or revoked.');
    if (assembly.proxiesFrozenAt !== null)
      throw appError(
        'PROXIES_CLOSED',
        'Voting has started (the first poll opened): proxies can no longer be given or revoked for this assembly.',
      );
  }

  /**
   * Locks the voter rows of these people in person id order and answers who is on the list.
   * FOR NO KEY UPDATE excludes other grants just like FOR UPDATE, without making a check-in of
   * the same person (whose foreign key takes FOR KEY SHARE on the row) wait.
   */
  private async lockVoters(manager: EntityManager, assemblyId: string, personIds: string[]): Promise<Set<string>> {
    const rows = await manager.query<{ personId: string }[]>(
      `SELECT person_id AS "personId" FROM assembly_voter
       WHERE assembly_id = $1 AND person_id = ANY($2::uuid[])
       ORDER BY person_id FOR NO KEY UPDATE`,
      [assemblyId, [...new Set(personIds)]],
    );
    return new Set(rows.map((r) => r.personId));
  }
}
