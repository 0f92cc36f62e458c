/**
 * Journey: the Examples gallery fits the screen (1440×900 and 1280×720):
 * no card and no description is cut off at the right edge.
 */
import { test, expect } from './fixtures.ts';

test('the Examples gallery shows every card whole', async ({ editor, examples }) => {
  await editor.open();
  await examples.show();
  expect(await examples.cardsCutOff()).toEqual([]);
  await editor.screenshot('examples-layout');
});
