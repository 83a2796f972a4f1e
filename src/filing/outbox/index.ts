export * from './filing-job';
export * from './outbox-store';
export * from './run-job';
export * from './Outbox';
export * from './backoff';
export * from './memory-store';
