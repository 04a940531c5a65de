export { analyzeBounce } from './bounce/analyze-bounce';
export {
  BOUNCE_CATALOGUE,
  type BounceCatalogueRow,
  type BounceSignal,
  type NamedTarget,
} from './bounce/bounce-catalogue';
export {
  type BounceAnalysis,
  type BouncePlatform,
  type BounceRemedy,
  type BounceVerdict,
  MICROSOFT_DELIST_REMEDIES,
  REMEDY_PRIORITY,
} from './bounce/bounce-types';
export * from './domain';
export * from './ip-address';
export * from './ip-list';
export * from './ip-list-expand';
export * from './profile';
export * from './profile-validation';
export * from './timezone';
