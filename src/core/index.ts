export * from './ip-address';
export * from './ip-list';
export * from './ip-list-expand';
