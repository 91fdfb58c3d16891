import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlayExecution } from '../../src/graph/execution.js';
import { toHtml } from '../../src/graph/html.js';
import { graphOf } from '../../src/graph/model.js';
import { execute } from '../../src/runtime/execute.js';
import { ORDER_FLOW } from '../graph/order-flow.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOT = resolve('temp/graph-html.png');
const INPUT = { status: 'NEW', total: 5, limit: 10, vip: true, items: ['a', 'b'] };

let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package, or set CHROMIUM_PATH`);
  const graph = graphOf(ORDER_FLOW);
  const result = JSON.parse(JSON.stringify(await execute(ORDER_FLOW, { input: INPUT, tasks: { Charge: () => Promise.resolve({ id: 'ch_1' }), Ship: () => Promise.resolve('shipped') } }))) as unknown;
  const file = join(mkdtempSync(join(tmpdir(), 'statewright-html-')), 'orders.html');
  writeFileSync(file, await toHtml({ title: 'Orders', definition: ORDER_FLOW, graph, execution: overlayExecution(graph, result) }));

  // The flags keep Chromium off the (closed) network; every request the page makes is recorded.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) problems.push(`request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
});

afterAll(async () => {
  await browser.close();
});

/** The node element of a state, found by the name Graphviz drew in it. */
const stateNode = (name: string) => page.locator('g.node.state').filter({ has: page.locator('text', { hasText: new RegExp(`^${name}$`) }) });

describe('the HTML graph in headless Chromium', () => {
  it('loads with no console error and no request beyond the file itself', () => {
    expect(problems).toEqual([]);
  });

  it('draws one node per state and one edge per transition', async () => {
    // Check Order, Charge, Fulfil, Ship, Notify, Each Item, Pick, Pack, Done, Rejected.
    await expect(page.locator('g.node.state').count()).resolves.toBe(10);
    // Next: Charge, Fulfil, Each Item, Pick; Choice: 2 rules and Default; Catch: 1.
    await expect(page.locator('g.edge.edge-next, g.edge.edge-choice, g.edge.edge-default, g.edge.edge-catch').count()).resolves.toBe(8);
    await expect(page.locator('g.edge.edge-catch path').first().getAttribute('stroke-dasharray')).resolves.toBeTruthy();
    await expect(page.locator('g.cluster').count()).resolves.toBe(3);
  });

  it('highlights the states and edges the execution went through', async () => {
    const visited = await page.locator('g.node.visited text:first-of-type').allTextContents();
    expect(visited.sort()).toEqual(['Charge', 'Check Order', 'Done', 'Each Item', 'Fulfil', 'Notify', 'Pack', 'Pick', 'Ship'].sort());
    await expect(stateNode('Rejected').getAttribute('class')).resolves.not.toContain('visited');
    await expect(page.locator('g.edge.taken').count()).resolves.toBe(10);
  });

  it("shows a state's input and output on click", async () => {
    await stateNode('Charge').click();
    const panel = page.locator('#sw-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('Charge');
    const blocks = await panel.locator('pre').allTextContents();
    expect(JSON.parse(blocks[0] ?? '')).toEqual(INPUT);
    expect(JSON.parse(blocks[1] ?? '')).toEqual({ ...INPUT, charge: { id: 'ch_1' } });

    await stateNode('Pick').click();
    await expect(panel.locator('h3').allTextContents()).resolves.toEqual(['Input (visit 1)', 'Output (visit 1)', 'Input (visit 2)', 'Output (visit 2)', 'Definition']);
    mkdirSync(resolve('temp'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(problems).toEqual([]);
  });
});
