/** Online story clustering: the stage's public API. */
export { assignArticle, assignInStore, planAssignment, type AssignResult, type ClusterEvent } from './assign-article.js';
export { isActive, type AssignPlan, type ClusterStore, type ClusterView, type StoryCore } from './cluster-store.js';
export { MemoryClusterStore } from './memory-cluster-store.js';
export { CLUSTER_DEFAULTS, type ClusterParams } from './cluster-params.js';
export { createClusterState, loadClusterState, serializeClusterState, stories, storyOf, type ClusterState, type StoryRecord } from './cluster-state.js';
export { docGlosses, docTerms, type ClusterDoc } from './doc-terms.js';
