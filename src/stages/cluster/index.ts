/** Online story clustering: the stage's public API. */
export { assignArticle, type AssignResult, type ClusterEvent } from './assign-article.js';
export { CLUSTER_DEFAULTS, type ClusterParams } from './cluster-params.js';
export { createClusterState, loadClusterState, serializeClusterState, stories, storyOf, type ClusterState, type StoryRecord } from './cluster-state.js';
export { docTerms, type ClusterDoc } from './doc-terms.js';
