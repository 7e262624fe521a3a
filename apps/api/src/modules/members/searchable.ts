/** Lower case without accents: "Lefèvre" and "lefevre" find each other. */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}
