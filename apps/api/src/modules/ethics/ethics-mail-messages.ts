import type { Language } from '@letscoop/domain';

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const longDate = (day: string, language: Language): string =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

export interface MandateEndingMail {
  recipient: string;
  member: string;
  cooperative: string;
  endsOn: string;
  daysLeft: number;
  link: string;
}

/** The reminder to the secretariat that a mandate on the ethics committee ends, in the recipient's language. */
export const MANDATE_ENDING_MAIL: Record<
  Language,
  { subject: (m: MandateEndingMail) => string; body: (m: MandateEndingMail) => string }
> = {
  nl: {
    subject: (m) => `LetsCoop: mandaat in het ethisch comité loopt af op ${longDate(m.endsOn, 'nl')}`,
    body: (m) =>
      `Dag ${m.recipient},\n\nHet mandaat van ${m.member} in het ethisch comité van ${m.cooperative} loopt af op ${longDate(m.endsOn, 'nl')} (over ${m.daysLeft} dagen).\n` +
      `Het comité telt vijftien zetels; de Algemene vergadering kiest de leden voor twee jaar. Zet de verkiezing op de agenda van de volgende vergadering.\n\n${m.link}`,
  },
  fr: {
    subject: (m) => `LetsCoop : un mandat au comité d'éthique prend fin le ${longDate(m.endsOn, 'fr')}`,
    body: (m) =>
      `Bonjour ${m.recipient},\n\nLe mandat de ${m.member} au comité d'éthique de ${m.cooperative} prend fin le ${longDate(m.endsOn, 'fr')} (dans ${m.daysLeft} jours).\n` +
      `Le comité compte quinze sièges ; l'assemblée générale en élit les membres pour deux ans. Inscrivez l'élection à l'ordre du jour de la prochaine assemblée.\n\n${m.link}`,
  },
  en: {
    subject: (m) => `LetsCoop: an ethics committee mandate ends on ${longDate(m.endsOn, 'en')}`,
    body: (m) =>
      `Hello ${m.recipient},\n\nThe mandate of ${m.member} on the ethics committee of ${m.cooperative} ends on ${longDate(m.endsOn, 'en')} (in ${m.daysLeft} days).\n` +
      `The committee has fifteen seats; the general assembly elects its members for two years. Put the election on the agenda of the next assembly.\n\n${m.link}`,
  },
};
