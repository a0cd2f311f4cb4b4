/**
 * Compiles the sprite shader's variants while the player reads a menu. Phaser 4 builds one
 * variant of its quad shader per number of textures in a batch, the first time a batch has that
 * many; a level reaches new counts as things appear (the first badge, the first points floating
 * up), and each first time froze the shift for 40 to 190 ms on a machine without a GPU. Done
 * here, one variant per idle moment, those freezes land on a still screen instead.
 *
 * This reaches into Phaser's render nodes, which are not typed as public API: every piece is
 * checked first, and if any is missing the warm-up does nothing (the game works as before).
 */
import type * as Phaser from 'phaser';

/** The parts of Phaser's quad batch handler the warm-up uses. */
interface QuadBatchHandler {
  readonly instanceCount: number;
  readonly maxTexturesPerBatch: number;
  finalizeTextureCount(count: number): void;
  readonly programManager: { getCurrentProgramSuite(): unknown };
}

function quadBatchHandler(game: Phaser.Game): QuadBatchHandler | null {
  const renderer = game.renderer as unknown as {
    renderNodes?: { getNode?: (name: string) => unknown };
  } | null;
  const node = renderer?.renderNodes?.getNode?.('BatchHandlerQuad') as
    Partial<QuadBatchHandler> | undefined;
  if (
    !node ||
    typeof node.finalizeTextureCount !== 'function' ||
    typeof node.programManager?.getCurrentProgramSuite !== 'function' ||
    typeof node.maxTexturesPerBatch !== 'number'
  ) {
    return null;
  }
  return node as QuadBatchHandler;
}

/** Per game, the next texture count whose variant is still to be built. */
const warmed = new WeakMap<Phaser.Game, number>();

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 50);
}

/** Games with a warm-up under way (a menu redraw must not start a second one). */
const running = new WeakSet<Phaser.Game>();

/**
 * Builds the variants for 1 up to the most textures a batch may hold, one per idle moment, for
 * as long as `wanted()` says so; a later call carries on where the last one stopped.
 */
export function warmShaderVariants(game: Phaser.Game, wanted: () => boolean): void {
  const handler = quadBatchHandler(game);
  if (!handler || running.has(game)) return;
  running.add(game);
  const step = () => {
    const count = warmed.get(game) ?? 1;
    if (!wanted() || count > handler.maxTexturesPerBatch) {
      running.delete(game);
      return;
    }
    // Between frames no batch is open; mid-batch the texture count must not change.
    if (handler.instanceCount === 0) {
      handler.finalizeTextureCount(count);
      handler.programManager.getCurrentProgramSuite();
      warmed.set(game, count + 1);
    }
    whenIdle(step);
  };
  whenIdle(step);
}
