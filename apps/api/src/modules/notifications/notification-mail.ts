import type { Language } from '@letscoop/domain';

/** What a notification e-mail says, once the names and titles are known. */
export interface MailFacts {
  kind: string;
  /** The subject's title in the recipient's language (a recommendation, group, edition or assembly). */
  title: string;
  /** Who took the step, if someone did. */
  actorName: string | null;
  /** The reason given with the step (the board's questions, why it declined, …). */
  reason: string | null;
  /** A meeting's start, for "meeting.tomorrow". */
  startsAt: Date | null;
}

interface MailTexts {
  greeting: (name: string) => string;
  sentence: (facts: MailFacts, when: (date: Date) => string) => string;
  reason: (text: string) => string;
  open: (link: string) => string;
  immediateSubject: (sentence: string) => string;
  digestSubject: (count: number) => string;
  digestIntro: (count: number) => string;
  settings: (link: string) => string;
}

const q = (title: string) => `“${title}”`;
const qfr = (title: string) => `« ${title} »`;

/**
 * Every notification e-mail in nl, fr and en, in one place. The in-app sentences live in the
 * web's locales (namespace "notifications"); these say the same for mail.
 */
export const NOTIFICATION_MAIL: Record<Language, MailTexts> = {
  nl: {
    greeting: (name) => `Dag ${name},`,
    sentence: ({ kind, title, actorName, startsAt }, when) => {
      switch (kind) {
        case 'recommendation.submit':
          return `${actorName ?? 'De werkgroep'} diende ${q(title)} in bij de Raad van bestuur.`;
        case 'recommendation.startReview':
          return `De Raad van bestuur is begonnen met de behandeling van ${q(title)}.`;
        case 'recommendation.endorse':
          return `De Raad van bestuur heeft ${q(title)} onderschreven.`;
        case 'recommendation.amendAndEndorse':
          return `De Raad van bestuur heeft ${q(title)} geamendeerd en onderschreven.`;
        case 'recommendation.merge':
          return `De Raad van bestuur heeft ${q(title)} samengevoegd met een andere aanbeveling.`;
        case 'recommendation.sendBack':
          return `De Raad van bestuur heeft ${q(title)} teruggestuurd naar de werkgroep.`;
        case 'recommendation.decline':
          return `De Raad van bestuur heeft ${q(title)} afgewezen.`;
        case 'recommendation.convert':
          return `De Raad van bestuur heeft ${q(title)} omgezet in actievoorstellen.`;
        case 'recommendation.putToAssembly':
          return `De actievoorstellen van ${q(title)} staan op de agenda van de Algemene vergadering.`;
        case 'poll.opened':
          return `Er is een stemming geopend op ${q(title)}.`;
        case 'poll.closed':
          return `Er is een stemming gesloten op ${q(title)}.`;
        case 'poll.published':
          return `De uitslag van een stemming op ${q(title)} is bekendgemaakt.`;
        case 'meeting.tomorrow':
          return startsAt
            ? `De werkgroep ${q(title)} vergadert op ${when(startsAt)}.`
            : `De werkgroep ${q(title)} vergadert binnenkort.`;
        case 'action.overdue':
          return `Een actie die voortkomt uit ${q(title)} is over tijd.`;
        case 'action.progress':
          return `Er is nieuws over een actie die voortkomt uit ${q(title)}.`;
        default:
          return `Er is nieuws over ${q(title)}.`;
      }
    },
    reason: (text) => `Toelichting: ${text}`,
    open: (link) => `Bekijken: ${link}`,
    immediateSubject: (sentence) => `LetsCoop: ${sentence}`,
    digestSubject: (count) => `LetsCoop: je dagelijks overzicht, ${count === 1 ? '1 bericht' : `${count} berichten`}`,
    digestIntro: (count) =>
      count === 1
        ? 'Dit is er gebeurd sinds je vorige overzicht:'
        : `Deze ${count} dingen zijn gebeurd sinds je vorige overzicht:`,
    settings: (link) =>
      `Je krijgt deze e-mail omdat je deze onderwerpen volgt. Kies hoe vaak je e-mail krijgt: ${link}`,
  },
  fr: {
    greeting: (name) => `Bonjour ${name},`,
    sentence: ({ kind, title, actorName, startsAt }, when) => {
      switch (kind) {
        case 'recommendation.submit':
          return `${actorName ?? 'Le groupe de travail'} a soumis ${qfr(title)} au conseil d'administration.`;
        case 'recommendation.startReview':
          return `Le conseil d'administration a commencé l'examen de ${qfr(title)}.`;
        case 'recommendation.endorse':
          return `Le conseil d'administration a approuvé ${qfr(title)}.`;
        case 'recommendation.amendAndEndorse':
          return `Le conseil d'administration a amendé et approuvé ${qfr(title)}.`;
        case 'recommendation.merge':
          return `Le conseil d'administration a fusionné ${qfr(title)} avec une autre recommandation.`;
        case 'recommendation.sendBack':
          return `Le conseil d'administration a renvoyé ${qfr(title)} au groupe de travail.`;
        case 'recommendation.decline':
          return `Le conseil d'administration a rejeté ${qfr(title)}.`;
        case 'recommendation.convert':
          return `Le conseil d'administration a converti ${qfr(title)} en propositions d'action.`;
        case 'recommendation.putToAssembly':
          return `Les propositions d'action de ${qfr(title)} sont à l'ordre du jour de l'assemblée générale.`;
        case 'poll.opened':
          return `Un vote est ouvert à ${qfr(title)}.`;
        case 'poll.closed':
          return `Un vote est clos à ${qfr(title)}.`;
        case 'poll.published':
          return `Le résultat d'un vote à ${qfr(title)} est publié.`;
        case 'meeting.tomorrow':
          return startsAt
            ? `Le groupe de travail ${qfr(title)} se réunit le ${when(startsAt)}.`
            : `Le groupe de travail ${qfr(title)} se réunit bientôt.`;
        case 'action.overdue':
          return `Une action issue de ${qfr(title)} est en retard.`;
        case 'action.progress':
          return `Du nouveau sur une action issue de ${qfr(title)}.`;
        default:
          return `Du nouveau sur ${qfr(title)}.`;
      }
    },
    reason: (text) => `Motif : ${text}`,
    open: (link) => `Voir : ${link}`,
    immediateSubject: (sentence) => `LetsCoop : ${sentence}`,
    digestSubject: (count) =>
      `LetsCoop : votre récapitulatif du jour, ${count === 1 ? '1 nouvelle' : `${count} nouvelles`}`,
    digestIntro: (count) =>
      count === 1
        ? "Voici ce qui s'est passé depuis votre dernier récapitulatif :"
        : `Voici les ${count} nouvelles depuis votre dernier récapitulatif :`,
    settings: (link) =>
      `Vous recevez cet e-mail parce que vous suivez ces sujets. Choisissez à quelle fréquence recevoir des e-mails : ${link}`,
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    sentence: ({ kind, title, actorName, startsAt }, when) => {
      switch (kind) {
        case 'recommendation.submit':
          return `${actorName ?? 'The working group'} submitted ${q(title)} to the board.`;
        case 'recommendation.startReview':
          return `The board has started reviewing ${q(title)}.`;
        case 'recommendation.endorse':
          return `The board endorsed ${q(title)}.`;
        case 'recommendation.amendAndEndorse':
          return `The board amended and endorsed ${q(title)}.`;
        case 'recommendation.merge':
          return `The board merged ${q(title)} into another recommendation.`;
        case 'recommendation.sendBack':
          return `The board sent ${q(title)} back to the working group.`;
        case 'recommendation.decline':
          return `The board declined ${q(title)}.`;
        case 'recommendation.convert':
          return `The board turned ${q(title)} into action proposals.`;
        case 'recommendation.putToAssembly':
          return `The action proposals of ${q(title)} are on the agenda of the general assembly.`;
        case 'poll.opened':
          return `A vote has opened at ${q(title)}.`;
        case 'poll.closed':
          return `A vote has closed at ${q(title)}.`;
        case 'poll.published':
          return `The result of a vote at ${q(title)} is published.`;
        case 'meeting.tomorrow':
          return startsAt
            ? `The working group ${q(title)} meets on ${when(startsAt)}.`
            : `The working group ${q(title)} meets soon.`;
        case 'action.overdue':
          return `An action that came from ${q(title)} is past its due date.`;
        case 'action.progress':
          return `There is news on an action that came from ${q(title)}.`;
        default:
          return `There is news about ${q(title)}.`;
      }
    },
    reason: (text) => `Reason: ${text}`,
    open: (link) => `Open: ${link}`,
    immediateSubject: (sentence) => `LetsCoop: ${sentence}`,
    digestSubject: (count) => `LetsCoop: your daily summary, ${count === 1 ? '1 update' : `${count} updates`}`,
    digestIntro: (count) =>
      count === 1
        ? 'This happened since your last summary:'
        : `These ${count} things happened since your last summary:`,
    settings: (link) =>
      `You get this e-mail because you follow these subjects. Choose how often you get e-mail: ${link}`,
  },
};

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** A meeting time as the recipient reads it, in the cooperatives' time zone. */
export function mailDateTime(date: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date);
}

/** One notification as a mail, or as one item of a digest. */
export function notificationLines(facts: MailFacts, language: Language, link: string, timeZone: string): string[] {
  const texts = NOTIFICATION_MAIL[language];
  return [
    texts.sentence(facts, (d) => mailDateTime(d, language, timeZone)),
    ...(facts.reason ? [texts.reason(facts.reason)] : []),
    texts.open(link),
  ];
}

export function immediateMail(
  facts: MailFacts,
  recipient: { name: string; language: Language },
  link: string,
  settingsLink: string,
  timeZone: string,
): { subject: string; body: string } {
  const texts = NOTIFICATION_MAIL[recipient.language];
  const lines = notificationLines(facts, recipient.language, link, timeZone);
  const subject = texts.immediateSubject(lines[0]);
  return {
    // Mail subjects are one line and kept short.
    subject: subject.length > 180 ? `${subject.slice(0, 179)}…` : subject,
    body: [texts.greeting(recipient.name), '', ...lines, '', '—', texts.settings(settingsLink)].join('\n'),
  };
}

export function digestMail(
  items: { facts: MailFacts; link: string }[],
  recipient: { name: string; language: Language },
  settingsLink: string,
  timeZone: string,
): { subject: string; body: string } {
  const texts = NOTIFICATION_MAIL[recipient.language];
  const blocks = items.map(({ facts, link }) =>
    notificationLines(facts, recipient.language, link, timeZone)
      .map((line, i) => (i === 0 ? `• ${line}` : `  ${line}`))
      .join('\n'),
  );
  return {
    subject: texts.digestSubject(items.length),
    body: [
      texts.greeting(recipient.name),
      '',
      texts.digestIntro(items.length),
      '',
      blocks.join('\n\n'),
      '',
      '—',
      texts.settings(settingsLink),
    ].join('\n'),
  };
}
