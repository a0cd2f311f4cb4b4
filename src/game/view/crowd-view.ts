/**
 * The customers on the canvas: they walk in from the door, stand in the queue with a patience
 * bar over their heads, step up to the desk, and walk out. Pure view: it follows the simulation
 * state each frame and animates events; clicking a waiting customer asks to acknowledge them.
 */
import type * as Phaser from 'phaser';
import type { Level, Look } from '../../core/level.ts';
import { profileOf } from '../../core/selectors.ts';
import type { CustomerState, SimEvent, SimState } from '../../core/types.ts';
import { peopleAtlas, type PeopleAtlas } from '../art/people-atlas.ts';
import { moodOf, PERSON_HEIGHT, type Mood } from '../art/person.ts';
import { DOOR_X, FEET_Y, queueSlotX, SERVICE_X } from '../layout.ts';
import { FONT_STACK } from '../ui/fonts.ts';
import { DEPTH } from './office-view.ts';
import {
  BAR_WIDTH,
  createOverhead,
  destroyOverhead,
  ensureOverheadTextures,
  placeOverhead,
  setBadge,
  setPatience,
  showOverhead,
  type Badge,
  type Overhead,
} from './overhead.ts';

const SCALE = 0.86;
const WALK_SPEED = 260;
const MAX_WALK_SPEED = 900;
const HEAD_Y = FEET_Y - PERSON_HEIGHT * SCALE;

interface Walker {
  readonly visitId: string;
  readonly look: Look;
  readonly image: Phaser.GameObjects.Image;
  readonly overhead: Overhead;
  x: number;
  targetX: number;
  phase: number;
  leaving: boolean;
  mood: Mood;
  shownPatience: number;
  shownBadge: Badge;
}

/** Draws and animates the customers. */
export class CrowdView {
  private readonly scene: Phaser.Scene;
  private readonly level: Level;
  private readonly onAcknowledge: (visitId: string) => void;
  private readonly walkers = new Map<string, Walker>();
  private readonly atlas: PeopleAtlas;

  constructor(scene: Phaser.Scene, level: Level, onAcknowledge: (visitId: string) => void) {
    this.scene = scene;
    this.level = level;
    this.onAcknowledge = onAcknowledge;
    this.atlas = peopleAtlas(
      scene,
      level.customers.map((profile) => profile.look),
    );
    ensureOverheadTextures(scene);
  }

  /** Moves everyone towards where the simulation says they are. */
  update(sim: SimState, seconds: number): void {
    sim.queue.forEach((visitId, index) => {
      this.follow(sim, visitId, queueSlotX(index, sim.queue.length));
    });
    if (sim.desk !== null) this.follow(sim, sim.desk, SERVICE_X);
    // One lookup table per frame: a find() per walker would be quadratic in a long queue.
    const byVisit = new Map(sim.customers.map((c) => [c.visitId, c]));
    for (const walker of this.walkers.values()) {
      const customer = byVisit.get(walker.visitId);
      if (customer && (customer.phase === 'served' || customer.phase === 'walked-out')) {
        walker.leaving = true;
        walker.targetX = DOOR_X + 40;
      }
      this.animate(walker, customer, sim, seconds);
    }
  }

  /** Reacts to what just happened: nods, complaints, points floating up. */
  handleEvents(events: readonly SimEvent[]): void {
    for (const event of events) {
      const walker = 'visitId' in event ? this.walkers.get(event.visitId) : undefined;
      if (!walker) continue;
      if (event.type === 'acknowledged') {
        this.scene.tweens.add({
          targets: walker.image,
          scaleY: SCALE * 0.94,
          duration: 110,
          yoyo: true,
          repeat: 1,
        });
      } else if (event.type === 'felt_ignored') {
        this.scene.tweens.add({
          targets: walker.image,
          angle: 3,
          duration: 70,
          yoyo: true,
          repeat: 3,
        });
      } else if (event.type === 'served') {
        this.floatText(
          walker.x,
          event.points >= 0 ? `+${event.points}` : `${event.points}`,
          event.points >= 0,
        );
      } else if (event.type === 'walked_out') {
        this.floatText(walker.x, `−${this.level.rules.walkOutPenalty}`, false);
      }
    }
  }

  private follow(sim: SimState, visitId: string, x: number): void {
    let walker = this.walkers.get(visitId);
    if (!walker) {
      const customer = sim.customers.find((c) => c.visitId === visitId);
      if (!customer) return;
      walker = this.spawn(customer);
    }
    walker.targetX = x;
  }

  private spawn(customer: CustomerState): Walker {
    const look = profileOf(this.level, customer.profileId).look;
    const mood = moodOf(customer.meters);
    const face = this.atlas.frameOf(look, mood);
    const image = this.scene.add
      .image(DOOR_X, FEET_Y, face.key, face.frame)
      .setOrigin(0.5, 1)
      .setScale(SCALE)
      .setAlpha(0)
      .setDepth(DEPTH.queue);
    image.setInteractive({ useHandCursor: true });
    image.on('pointerdown', () => this.onAcknowledge(customer.visitId));
    this.scene.tweens.add({ targets: image, alpha: 1, duration: 350 });
    const walker: Walker = {
      visitId: customer.visitId,
      look,
      image,
      overhead: createOverhead(this.scene, DEPTH.overlays),
      x: DOOR_X,
      targetX: DOOR_X,
      phase: Math.random() * Math.PI,
      leaving: false,
      mood,
      shownPatience: -1,
      shownBadge: 'none',
    };
    this.walkers.set(customer.visitId, walker);
    return walker;
  }

  private animate(
    walker: Walker,
    customer: CustomerState | undefined,
    sim: SimState,
    seconds: number,
  ): void {
    const distance = walker.targetX - walker.x;
    // Brisk over long distances so a called customer reaches the desk about as the talk starts.
    const speed = Math.min(MAX_WALK_SPEED, Math.max(WALK_SPEED, Math.abs(distance) * 2.5));
    const stepLength = Math.min(Math.abs(distance), speed * seconds);
    walker.x += Math.sign(distance) * stepLength;
    const moving = Math.abs(distance) > 0.5;
    walker.phase += seconds * (moving ? 11 : 1.6);
    const bob = moving ? -Math.abs(Math.sin(walker.phase)) * 6 : Math.sin(walker.phase) * 1.2;
    walker.image.setPosition(walker.x, FEET_Y + bob);
    const atDesk = sim.desk === walker.visitId;
    walker.image.setDepth(atDesk || walker.leaving ? DEPTH.desk : DEPTH.queue);

    if (customer) {
      const mood = moodOf(customer.meters);
      if (mood !== walker.mood) {
        walker.mood = mood;
        const face = this.atlas.frameOf(walker.look, mood);
        walker.image.setTexture(face.key, face.frame);
      }
    }
    const waiting = customer?.phase === 'waiting' && !walker.leaving;
    if (waiting && customer) this.drawOverhead(walker, customer);
    showOverhead(walker.overhead, waiting, walker.shownBadge);

    if (walker.leaving && !moving) {
      this.walkers.delete(walker.visitId);
      destroyOverhead(walker.overhead);
      this.scene.tweens.add({
        targets: walker.image,
        alpha: 0,
        duration: 300,
        onComplete: () => walker.image.destroy(),
      });
    }
  }

  private drawOverhead(walker: Walker, customer: CustomerState): void {
    placeOverhead(walker.overhead, walker.x - BAR_WIDTH / 2, HEAD_Y - 16);
    const patience = Math.round(customer.meters.patience * 2) / 2;
    if (patience !== walker.shownPatience) {
      walker.shownPatience = patience;
      setPatience(walker.overhead, patience);
    }
    const badge: Badge =
      customer.acknowledgedAt !== null ? 'ack' : customer.feltIgnored ? 'ignored' : 'none';
    if (badge !== walker.shownBadge) {
      walker.shownBadge = badge;
      setBadge(walker.overhead, badge);
      walker.overhead.badge.setScale(0.2);
      this.scene.tweens.add({
        targets: walker.overhead.badge,
        scale: 1,
        duration: 260,
        ease: 'Back.easeOut',
      });
    }
  }

  private floatText(x: number, text: string, good: boolean): void {
    const label = this.scene.add
      .text(x, HEAD_Y - 10, text, {
        fontFamily: FONT_STACK,
        fontSize: '28px',
        fontStyle: 'bold',
        color: good ? '#2e7d32' : '#c62828',
        stroke: '#ffffff',
        strokeThickness: 5,
      })
      .setOrigin(0.5, 1)
      .setDepth(DEPTH.card);
    this.scene.tweens.add({
      targets: label,
      y: HEAD_Y - 70,
      alpha: 0,
      duration: 1400,
      ease: 'Cubic.easeOut',
      onComplete: () => label.destroy(),
    });
  }
}
