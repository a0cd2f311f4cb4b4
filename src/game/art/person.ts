/**
 * People drawn in code from a level's `look`: skin, hair colour and style, outfit, accessory.
 * Each look becomes three small textures (happy, neutral, upset faces) the first time it is
 * needed, so a crowd costs a handful of textures, not a redraw per frame.
 */
import type * as Phaser from 'phaser';
import type { Look } from '../../core/level.ts';
import { hexToNumber, luminance, PALETTE, shade } from './color.ts';

/** Texture size of one person; the feet touch the bottom edge. */
export const PERSON_WIDTH = 140;
export const PERSON_HEIGHT = 230;

/** A face. */
export type Mood = 'happy' | 'neutral' | 'upset';

/** Which face fits a customer's meters. */
export function moodOf(meters: {
  satisfaction: number;
  selfEsteem: number;
  patience: number;
}): Mood {
  const mood = (meters.satisfaction + meters.selfEsteem) / 2;
  if (meters.patience < 25 || mood < 35) return 'upset';
  return mood >= 65 ? 'happy' : 'neutral';
}

/** The texture key of a look with a face (stable for equal looks). */
export function personTextureKey(look: Look, mood: Mood): string {
  return `person:${look.skin}:${look.hair}:${look.outfit}:${look.hairStyle}:${look.accessory}:${mood}`;
}

type Graphics = Phaser.GameObjects.Graphics;
const CX = PERSON_WIDTH / 2;

function drawBody(g: Graphics, skin: number, outfit: number): void {
  const pants = shade(outfit, -0.55);
  g.fillStyle(0x2b2b2b, 1);
  g.fillEllipse(CX - 14, PERSON_HEIGHT - 6, 28, 11);
  g.fillEllipse(CX + 14, PERSON_HEIGHT - 6, 28, 11);
  g.fillStyle(pants, 1);
  g.fillRoundedRect(CX - 24, 170, 21, 52, 6);
  g.fillRoundedRect(CX + 3, 170, 21, 52, 6);
  g.fillStyle(shade(outfit, -0.15), 1);
  g.fillRoundedRect(CX - 47, 104, 17, 68, 8);
  g.fillRoundedRect(CX + 30, 104, 17, 68, 8);
  g.fillStyle(skin, 1);
  g.fillCircle(CX - 38, 174, 8);
  g.fillCircle(CX + 38, 174, 8);
  g.fillStyle(outfit, 1);
  g.fillRoundedRect(CX - 34, 96, 68, 84, { tl: 24, tr: 24, bl: 6, br: 6 });
  g.fillStyle(skin, 1);
  g.fillRect(CX - 8, 84, 16, 16);
  g.fillTriangle(CX - 11, 96, CX + 11, 96, CX, 112);
  g.lineStyle(3, shade(outfit, 0.25), 1);
  g.lineBetween(CX - 13, 96, CX, 114);
  g.lineBetween(CX + 13, 96, CX, 114);
  g.fillStyle(shade(outfit, -0.3), 1);
  g.fillCircle(CX, 130, 2.5);
  g.fillCircle(CX, 150, 2.5);
}

function drawLongHairStrands(g: Graphics, hair: number): void {
  g.fillStyle(hair, 1);
  g.fillRoundedRect(CX - 36, 52, 17, 74, 8);
  g.fillRoundedRect(CX + 19, 52, 17, 74, 8);
}

function drawHead(g: Graphics, look: Look, skin: number, hair: number): void {
  g.fillStyle(skin, 1);
  g.fillCircle(CX - 30, 66, 7);
  g.fillCircle(CX + 30, 66, 7);
  switch (look.hairStyle) {
    case 'bald':
      g.fillStyle(skin, 1);
      g.fillCircle(CX, 62, 30);
      g.fillStyle(hair, 1);
      g.fillEllipse(CX - 28, 60, 9, 20);
      g.fillEllipse(CX + 28, 60, 9, 20);
      return;
    case 'curly':
      g.fillStyle(hair, 1);
      for (let i = 0; i <= 8; i += 1) {
        const angle = Math.PI * (0.95 + (i / 8) * 1.1);
        g.fillCircle(CX + Math.cos(angle) * 27, 58 + Math.sin(angle) * 27, 12);
      }
      g.fillCircle(CX, 52, 24);
      break;
    case 'bun':
      g.fillStyle(hair, 1);
      g.fillCircle(CX, 22, 14);
      g.fillCircle(CX, 56, 32);
      break;
    case 'long':
    case 'short':
      g.fillStyle(hair, 1);
      g.fillCircle(CX, 56, 32);
      break;
  }
  g.fillStyle(skin, 1);
  g.fillEllipse(CX, 70, 54, 50);
  g.fillCircle(CX, 70, 23);
}

function drawFace(g: Graphics, skin: number, hair: number, mood: Mood): void {
  const line = shade(skin, -0.55);
  g.fillStyle(0xff8a80, 0.3);
  g.fillCircle(CX - 17, 78, 5.5);
  g.fillCircle(CX + 17, 78, 5.5);
  g.fillStyle(PALETTE.ink, 1);
  g.fillCircle(CX - 11, 67, 3.6);
  g.fillCircle(CX + 11, 67, 3.6);
  g.fillStyle(0xffffff, 0.9);
  g.fillCircle(CX - 10, 66, 1.2);
  g.fillCircle(CX + 12, 66, 1.2);
  g.fillStyle(shade(skin, -0.12), 1);
  g.fillCircle(CX, 73, 3);
  g.lineStyle(3, shade(hair, -0.1), 1);
  if (mood === 'upset') {
    g.lineBetween(CX - 17, 56, CX - 6, 60);
    g.lineBetween(CX + 17, 56, CX + 6, 60);
  } else {
    g.lineBetween(CX - 16, 58, CX - 7, 57);
    g.lineBetween(CX + 16, 58, CX + 7, 57);
  }
  g.lineStyle(3, line, 1);
  g.beginPath();
  if (mood === 'happy') g.arc(CX, 76, 9, Math.PI * 0.15, Math.PI * 0.85, false);
  else if (mood === 'upset') g.arc(CX, 89, 8, Math.PI * 1.2, Math.PI * 1.8, false);
  else {
    g.moveTo(CX - 7, 83);
    g.lineTo(CX + 7, 83);
  }
  g.strokePath();
}

function drawAccessory(g: Graphics, look: Look, outfit: number): void {
  switch (look.accessory) {
    case 'glasses':
      g.lineStyle(2.5, 0x222222, 1);
      g.strokeCircle(CX - 11, 67, 8.5);
      g.strokeCircle(CX + 11, 67, 8.5);
      g.lineBetween(CX - 3, 66, CX + 3, 66);
      g.lineBetween(CX - 19, 65, CX - 28, 62);
      g.lineBetween(CX + 19, 65, CX + 28, 62);
      return;
    case 'hat': {
      const hat = luminance(outfit) > 0.5 ? shade(outfit, -0.45) : shade(outfit, -0.2);
      g.fillStyle(hat, 1);
      g.fillRoundedRect(CX - 24, 10, 48, 30, { tl: 12, tr: 12, bl: 0, br: 0 });
      g.fillEllipse(CX, 39, 88, 14);
      g.fillStyle(PALETTE.orange, 1);
      g.fillRect(CX - 24, 30, 48, 5);
      return;
    }
    case 'scarf': {
      const scarf = luminance(outfit) > 0.55 || outfit >> 16 > 0xb0 ? 0x2a9d8f : 0xe76f51;
      g.fillStyle(scarf, 1);
      g.fillRoundedRect(CX - 20, 90, 40, 15, 7);
      g.fillStyle(shade(scarf, -0.12), 1);
      g.fillRoundedRect(CX + 4, 100, 12, 40, 5);
      return;
    }
    case 'none':
      return;
  }
}

/** Draws a person into `g` (local coordinates, PERSON_WIDTH x PERSON_HEIGHT). */
export function drawPerson(g: Graphics, look: Look, mood: Mood): void {
  const skin = hexToNumber(look.skin);
  const hair = hexToNumber(look.hair);
  const outfit = hexToNumber(look.outfit);
  drawBody(g, skin, outfit);
  if (look.hairStyle === 'long') drawLongHairStrands(g, hair);
  drawHead(g, look, skin, hair);
  drawFace(g, skin, hair, mood);
  drawAccessory(g, look, outfit);
}

/**
 * Makes sure the textures of a look exist for `moods` (all three unless told); keys are stable.
 * Someone who only ever smiles (the clerk, the menu's crowd) needs one: each bake and upload
 * costs start-up time.
 */
export function ensurePersonTextures(
  scene: Phaser.Scene,
  look: Look,
  moods: readonly Mood[] = ['happy', 'neutral', 'upset'],
): void {
  for (const mood of moods) {
    const key = personTextureKey(look, mood);
    if (scene.textures.exists(key)) continue;
    const g = scene.make.graphics({}, false);
    drawPerson(g, look, mood);
    g.generateTexture(key, PERSON_WIDTH, PERSON_HEIGHT);
    g.destroy();
  }
}

/** The clerk the player plays: a teal uniform and a name badge. */
export const CLERK_LOOK: Look = {
  skin: '#f1c9a5',
  hair: '#5a3825',
  outfit: '#1f7a68',
  hairStyle: 'bun',
  accessory: 'none',
};
