// The HTML page's style and script, inlined into every page (kept apart from the markup).

export const PAGE_STYLE = `
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #202124; }
header { padding: 8px 16px; border-bottom: 1px solid #ddd; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 18px; margin: 0; }
header p { margin: 0; color: #555; }
.status { padding: 1px 8px; border-radius: 10px; font-size: 12px; background: #eee; }
.status-SUCCEEDED { background: #e6f4ea; color: #137333; }
.status-FAILED, .status-TIMED_OUT, .status-ABORTED { background: #fce8e6; color: #c5221f; }
main { display: flex; height: calc(100vh - 48px); }
#sw-graph { flex: 1; overflow: auto; padding: 8px; }
#sw-panel { width: 36%; min-width: 280px; overflow: auto; border-left: 1px solid #ddd; padding: 8px 16px; }
#sw-panel pre { background: #f6f8fa; padding: 8px; overflow: auto; max-height: 40vh; font-size: 12px; }
#sw-panel h2 { font-size: 16px; margin: 8px 0; }
#sw-panel h3 { font-size: 13px; margin: 12px 0 4px; }
.hint { color: #777; }
g.node.state { cursor: pointer; }
g.node.selected > path, g.node.selected > polygon, g.node.selected > ellipse { stroke-width: 3; }
.with-execution g.node.state:not(.visited) { opacity: 0.45; }
.with-execution g.edge:not(.taken) { opacity: 0.35; }
g.node.visited > path, g.node.visited > polygon, g.node.visited > ellipse { stroke: #1a73e8; stroke-width: 2; }
g.edge.taken > path { stroke: #1a73e8; stroke-width: 2.5; }
g.edge.taken > polygon { stroke: #1a73e8; fill: #1a73e8; }
`;

export const PAGE_SCRIPT = `
(() => {
  const data = JSON.parse(document.getElementById('sw-data').textContent);
  const execution = data.execution;
  const panel = document.getElementById('sw-panel');
  const element = (tag, text) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; };
  const json = (value) => element('pre', value === undefined ? '(none)' : JSON.stringify(value, null, 2));
  const show = (id) => {
    const state = data.states[id];
    document.querySelectorAll('g.node.selected').forEach((g) => g.classList.remove('selected'));
    document.getElementById(id).classList.add('selected');
    panel.replaceChildren(element('h2', state.name), element('p', state.type));
    if (execution) {
      const visits = execution.visits[id] || [];
      panel.append(element('p', visits.length === 0 ? 'Not visited by this execution.' : 'Visited ' + visits.length + (visits.length === 1 ? ' time.' : ' times.')));
      visits.forEach((visit, index) => {
        const section = element('section');
        section.className = 'visit';
        const label = visits.length === 1 ? '' : ' (visit ' + (index + 1) + ')';
        section.append(element('h3', 'Input' + label), json(visit.input), element('h3', 'Output' + label), 'output' in visit ? json(visit.output) : element('p', 'No output: the state did not complete.'));
        panel.append(section);
      });
    }
    panel.append(element('h3', 'Definition'), json(state.definition));
  };
  for (const id of Object.keys(data.states)) {
    const g = document.getElementById(id);
    if (!g) continue;
    if (execution && execution.visits[id]) g.classList.add('visited');
    g.addEventListener('click', () => show(id));
  }
  if (execution) for (const id of execution.taken) { const g = document.getElementById(id); if (g) g.classList.add('taken'); }
})();
`;
