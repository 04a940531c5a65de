export * from './domain';
export * from './ip-address';
export * from './ip-list';
export * from './ip-list-expand';
export * from './profile';
export * from './timezone';
