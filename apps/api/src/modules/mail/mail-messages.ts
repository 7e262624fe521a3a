import type { Language } from '@letscoop/domain';

/** Server-written mail, in the recipient's language. */
export const MAIL_MESSAGES: Record<Language, { resetSubject: string; resetBody: (name: string, link: string) => string }> = {
  nl: {
    resetSubject: 'LetsCoop: je wachtwoord instellen',
    resetBody: (name, link) =>
      `Dag ${name},\n\nJe vroeg om een (nieuw) wachtwoord voor LetsCoop. Open deze link binnen het uur:\n${link}\n\nVroeg je niets? Dan mag je deze mail negeren.`,
  },
  fr: {
    resetSubject: 'LetsCoop : définir votre mot de passe',
    resetBody: (name, link) =>
      `Bonjour ${name},\n\nVous avez demandé un (nouveau) mot de passe pour LetsCoop. Ouvrez ce lien dans l'heure :\n${link}\n\nVous n'avez rien demandé ? Ignorez simplement ce message.`,
  },
  en: {
    resetSubject: 'LetsCoop: set your password',
    resetBody: (name, link) =>
      `Hello ${name},\n\nYou asked for a (new) LetsCoop password. Open this link within the hour:\n${link}\n\nDidn't ask? You can ignore this e-mail.`,
  },
};
