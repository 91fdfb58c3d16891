export { describeChoiceRule } from './describe-rule.js';
export { toDot } from './dot.js';
export { toMermaid } from './mermaid.js';
export { graphOf, type GraphCluster, type GraphEdge, type GraphEdgeKind, type GraphNode, type GraphNodeKind, type WorkflowGraph } from './model.js';
