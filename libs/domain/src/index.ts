export * from './languages.js';
export * from './translated-text.js';
export * from './membership.js';
export * from './permissions.js';
export * from './cycle.js';
export * from './action-verbs.js';
export * from './text-diff.js';
export * from './editions.js';
