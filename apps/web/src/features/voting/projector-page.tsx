import './voting.css';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../app/page-state';
import { ChairConsoleDocument, type ChairConsoleQuery } from '../../generated/graphql';
import { useAssemblyLive } from '../assemblies/use-assembly-live';
import { useLiveParticipation, useLiveResults } from './live';
import { numberText, outcomeKind, percentText, shareOf, useVotingLanguage } from './voting-format';

type Assembly = ChairConsoleQuery['assembly'];
type Item = Assembly['agenda'][number];

/** The poll on screen: the one open now, else the one that moved last (closed or published). */
export function pollOnScreen(assembly: Assembly): Item | null {
  const withPoll = assembly.agenda.filter((item) => item.poll && item.poll.status !== 'DRAFT');
  const open = withPoll.find((item) => item.poll?.id === assembly.currentPoll?.id || item.poll?.status === 'OPEN');
  if (open) return open;
  const moved = (item: Item) => item.poll?.publishedAt ?? item.poll?.closedAt ?? item.poll?.openedAt ?? '';
  return [...withPoll].sort((a, b) => moved(b).localeCompare(moved(a)))[0] ?? null;
}

function OnScreen({ item, onChanged }: { item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const poll = item.poll;
  const { participation } = useLiveParticipation(poll?.id, poll, onChanged);
  useLiveResults(poll?.id, poll?.status);
  if (!poll) return null;
  const n = (value: number) => numberText(value, language);
  const result = poll.status === 'PUBLISHED' ? poll.results : null;
  const kind = result ? outcomeKind(result.outcome) : null;
  return (
    <>
      <p className="projector-muted">
        {t('voting.poll.itemNumber', { position: item.position })} · {t(`voting.status.${poll.status}`)}
      </p>
      <h2 lang={item.title.language}>{item.title.text}</h2>

      {poll.status === 'OPEN' && participation && (
        <div className="projector-stack" data-testid="projector-participation">
          <p className="projector-big">
            {n(participation.ballotsCast)} / {n(participation.eligible)}
          </p>
          <p>{t('voting.projector.ballotsCast')}</p>
          <div className="projector-bar" aria-hidden>
            <div style={{ width: `${Math.min(100, shareOf(participation.ballotsCast, participation.eligible))}%` }} />
          </div>
        </div>
      )}

      {poll.status === 'CLOSED' && <p className="projector-big">{t('voting.projector.closed')}</p>}

      {result && kind && (
        <div className="projector-stack" data-testid="projector-result">
          <p>
            <span className="projector-outcome" data-kind={kind}>
              {kind === 'other' ? result.outcome : t(`voting.outcome.${kind}`)}
            </span>
          </p>
          {poll.method === 'APPROVAL' && result.election ? (
            <dl className="projector-figures">
              {result.election.ranking.slice(0, Math.max(result.election.seats + 2, 4)).map((r) => (
                <div key={r.candidate.id}>
                  <dt>
                    {r.candidate.name}
                    {r.elected ? ` ✓ ${t('voting.election.elected')}` : ''}
                  </dt>
                  <dd>{n(r.approvals)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <dl className="projector-figures">
              {(['yes', 'no', 'abstain'] as const).map((key) => (
                <div key={key}>
                  <dt>{t(`voting.choice.${key}`)}</dt>
                  <dd>{n(result[key])}</dd>
                </div>
              ))}
              {result.yesNeeded !== null && (
                <div>
                  <dt>{t('voting.results.yesNeeded')}</dt>
                  <dd>{n(result.yesNeeded)}</dd>
                </div>
              )}
            </dl>
          )}
          <p>
            {result.quorum.reached ? t('voting.quorum.reached') : t('voting.quorum.notReached')}.{' '}
            {t('voting.quorum.figures', {
              actual: n(result.quorum.actual),
              required: n(result.quorum.required),
              basis: t(`voting.quorum.basis.${result.quorum.basis}`),
              percent: percentText(result.quorum.percent, language),
              entitled: n(result.quorum.entitled),
            })}
          </p>
        </div>
      )}
    </>
  );
}

/**
 * /assemblies/:id/projector — for the screen in the room: very large type, high contrast, no
 * controls. The motion being voted, the ballots cast live, and the result once published (never
 * before: the chair sees a closed poll's result on the console first).
 */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const language = useVotingLanguage();
  const query = useQuery(ChairConsoleDocument, { variables: { id } });
  const { refetch } = query;
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const assembly = query.data?.assembly;
  useAssemblyLive(id, {
    skip: !assembly,
    knownPollId: assembly ? (assembly.currentPoll?.id ?? null) : undefined,
    onPollChange: reload,
  });
  usePageTitle(t('voting.projector.title'));
  const item = assembly ? pollOnScreen(assembly) : null;
  const a = assembly?.attendance;

  return (
    <main className="voting-projector" data-testid="projector">
      {!assembly ? (
        <p className="projector-big">{query.loading ? t('common.loading') : t('voting.console.notFound')}</p>
      ) : (
        <>
          <h1 lang={assembly.title.language}>{assembly.title.text}</h1>
          {item ? (
            <OnScreen item={item} onChanged={reload} />
          ) : (
            <p className="projector-big">{t('voting.projector.nothing')}</p>
          )}
          {a && (
            <p className="projector-muted" data-testid="projector-attendance">
              {t('voting.projector.attendance', {
                present: numberText(a.presentMembers, language),
                represented: numberText(a.representedMembers, language),
                entitled: numberText(a.entitledMembers, language),
              })}{' '}
              · {a.quorum.reached ? t('voting.quorum.reached') : t('voting.quorum.notReached')}
            </p>
          )}
        </>
      )}
    </main>
  );
}
