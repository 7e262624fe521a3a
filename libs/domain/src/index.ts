export * from './languages.js';
export * from './translated-text.js';
export * from './membership.js';
export * from './permissions.js';
