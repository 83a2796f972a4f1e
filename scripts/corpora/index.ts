export type { LabelledExample } from './labelled-example';
export { findDataDirectory } from './data-dir';
export { loadEnron } from './enron';
export { loadWooWaalwijk } from './woo-waalwijk';
export { loadAmsterdamWoo } from './amsterdam-woo';
export { loadNlNotifications } from './nl-notifications';
export { loadSpamAssassin } from './spam-assassin';
export { loadAllCorpora } from './load-all';
