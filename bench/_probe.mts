import ELK from 'elkjs/lib/elk.bundled.js';
import { buildBenchDesign } from './gen-design.ts';
import { buildElkGraph } from '../src/layout/elk-graph.ts';
const elk = new ELK();
for (const n of [200, 2000]) { const g = buildElkGraph(buildBenchDesign(n, 40)); const t=performance.now(); await elk.layout(g); console.log(n, performance.now()-t); }
