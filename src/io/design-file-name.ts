/**
 * The file name the browser saves a design as (`<dag_id>.dag.json`), the one
 * copy: Save downloads it under this name and the browser's Export .zip
 * names it in the DAG file's docstring (ExportOptions.designFile), so the
 * zip stays byte-identical to `dag-designer export` of the saved file.
 */
import type { Design } from '../design/design.ts';

export const designFileName = (design: Design): string =>
  `${design.dag.dag_id || 'design'}.dag.json`;
