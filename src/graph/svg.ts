/**
 * Lays out DOT with Graphviz (the @viz-js/viz WebAssembly build, in process, nothing fetched) and
 * returns the SVG element alone: no XML prolog, doctype or comments, ready to inline in HTML.
 * Graphviz is imported on first use, so commands that draw nothing never load it.
 */
export async function dotToSvg(dot: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const result = viz.render(dot, { format: 'svg' });
  if (result.status !== 'success') throw new Error(`Graphviz could not lay out the graph: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.output
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ xmlns:xlink="[^"]*"/, '')
    .trim();
}
