// The render threads' young generation: V8's usual 48 MB, halved when the render phase is large enough to be where a
// build's memory peaks (some 24 MB less per thread at 10,000 releases, for a little more time collecting garbage).
import { describe, expect, it } from 'vitest';
import { LARGE_RENDER, startRenderThreads, stopRenderThreads } from '../pipeline/publish/render-threads.ts';

describe('render threads', () => {
  it('keep the usual young generation for a render of a thousand releases, and halve it for a large archive', async () => {
    const small = startRenderThreads(1, 1000);
    const large = startRenderThreads(2, LARGE_RENDER);
    try {
      expect(small[0]!.resourceLimits?.maxYoungGenerationSizeMb).toBe(48);
      expect(large.map((worker) => worker.resourceLimits?.maxYoungGenerationSizeMb)).toEqual([24, 24]);
      expect(startRenderThreads(0, 10_000)).toEqual([]);
    } finally {
      await stopRenderThreads([...small, ...large]);
    }
  });
});
