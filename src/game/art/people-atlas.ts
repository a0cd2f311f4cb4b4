/**
 * A level's customers, every look with its three faces, baked onto a few shared canvas pages.
 * With a texture per look, a queue of different people split the sprite batch at almost every
 * customer and paid a texture bind per switch (at 200 customers that was most of the frame's
 * work); on shared pages the whole queue draws in one batch.
 */
import type * as Phaser from 'phaser';
import type { Look } from '../../core/level.ts';
import { drawPerson, PERSON_HEIGHT, PERSON_WIDTH, personTextureKey, type Mood } from './person.ts';

const MOODS: readonly Mood[] = ['happy', 'neutral', 'upset'];
/** Frames per page row and rows per page: 1960 x 1840 px, under the 2048 px every GPU takes. */
const COLUMNS = 14;
const ROWS = 8;
const PER_PAGE = COLUMNS * ROWS;

/** Where one face of one look is: a texture and a frame in it. */
export interface AtlasFrame {
  readonly key: string;
  readonly frame: string;
}

/** The baked pages of one set of looks. */
export interface PeopleAtlas {
  /** The frame of `look` with `mood` (the look must be one the atlas was baked with). */
  frameOf(look: Look, mood: Mood): AtlasFrame;
}

interface CachedAtlas extends PeopleAtlas {
  readonly signature: string;
  readonly keys: readonly string[];
}

/**
 * One atlas at a time per game: restarting a level reuses it, and a level with other looks
 * replaces it, so memory stays bounded however many levels are played.
 */
const current = new WeakMap<Phaser.Textures.TextureManager, CachedAtlas>();
let generation = 0;

/** The atlas of `looks` (duplicates are drawn once), baked on first use and then reused. */
export function peopleAtlas(scene: Phaser.Scene, looks: readonly Look[]): PeopleAtlas {
  const frames = [...new Set(looks.flatMap((look) => MOODS.map((m) => personTextureKey(look, m))))];
  const signature = frames.join('|');
  const textures = scene.textures;
  const cached = current.get(textures);
  if (cached?.signature === signature && cached.keys.every((key) => textures.exists(key))) {
    return cached;
  }
  for (const key of cached?.keys ?? []) textures.remove(key);
  const atlas = bake(scene, looks, frames.length, signature);
  current.set(textures, atlas);
  return atlas;
}

function bake(
  scene: Phaser.Scene,
  looks: readonly Look[],
  count: number,
  signature: string,
): CachedAtlas {
  generation += 1;
  const pages: Phaser.Textures.CanvasTexture[] = [];
  const placed = new Map<string, AtlasFrame>();
  const scratch = document.createElement('canvas');
  scratch.width = PERSON_WIDTH;
  scratch.height = PERSON_HEIGHT;
  const scratchContext = scratch.getContext('2d');
  const g = scene.make.graphics({}, false);
  for (const look of looks) {
    for (const mood of MOODS) {
      const name = personTextureKey(look, mood);
      if (placed.has(name)) continue;
      const index = placed.size;
      const pageIndex = Math.floor(index / PER_PAGE);
      const page = pages[pageIndex] ?? addPage(scene, pages, count - pageIndex * PER_PAGE);
      const slot = index % PER_PAGE;
      const x = (slot % COLUMNS) * PERSON_WIDTH;
      const y = Math.floor(slot / COLUMNS) * PERSON_HEIGHT;
      g.clear();
      drawPerson(g, look, mood);
      scratchContext?.clearRect(0, 0, PERSON_WIDTH, PERSON_HEIGHT);
      g.generateTexture(scratch, PERSON_WIDTH, PERSON_HEIGHT);
      page.context.drawImage(scratch, x, y);
      page.add(name, 0, x, y, PERSON_WIDTH, PERSON_HEIGHT);
      placed.set(name, { key: page.key, frame: name });
    }
  }
  g.destroy();
  // One upload per page, after everything is drawn.
  for (const page of pages) page.refresh();
  return {
    signature,
    keys: pages.map((page) => page.key),
    frameOf(look, mood) {
      const frame = placed.get(personTextureKey(look, mood));
      if (!frame) throw new Error(`look not in the people atlas: ${personTextureKey(look, mood)}`);
      return frame;
    },
  };
}

/** Adds a page sized for `remaining` frames (a small level gets a small page). */
function addPage(
  scene: Phaser.Scene,
  pages: Phaser.Textures.CanvasTexture[],
  remaining: number,
): Phaser.Textures.CanvasTexture {
  const frames = Math.min(PER_PAGE, Math.max(1, remaining));
  const width = Math.min(COLUMNS, frames) * PERSON_WIDTH;
  const height = Math.ceil(frames / COLUMNS) * PERSON_HEIGHT;
  const key = `people-atlas-${generation}-${pages.length}`;
  const page = scene.textures.createCanvas(key, width, height);
  if (!page) throw new Error(`could not create the people atlas page ${key}`);
  pages.push(page);
  return page;
}
