/**
 * The end of a shift: results over the office (confetti for a good score), the level's high
 * scores with this play highlighted, the way on to the next campaign level, and the debrief.
 */
import * as Phaser from 'phaser';
import { localize, translator } from '../../i18n/index.ts';
import type { LevelResult } from '../../state/level-result.ts';
import { PALETTE } from '../art/color.ts';
import { SCENES, type GameContext } from '../context.ts';
import { HEIGHT, WIDTH } from '../layout.ts';
import { focus } from '../ui/dom.ts';
import { createLayer, onShutdown } from '../ui/layer.ts';
import { enableArrowNavigation } from '../ui/navigation.ts';
import { levelEndCard } from '../ui/result-panels.ts';
import { renderDebrief } from '../ui/debrief/index.ts';
import { endRecords } from '../ui/scores/end-records.ts';
import { CAMPAIGN_ORDER, type CatalogEntry } from '../../levels/catalog.ts';
import { computeProgress, nextCampaignLevel } from '../../state/progress.ts';
import type { Attempt } from '../../storage/scores/model.ts';
import { addOffice, DEPTH, dimRoom } from '../view/office-view.ts';

/** Scene data: the finished level, its result and the play as recorded. */
export interface LevelEndSceneData {
  readonly levelKey: string;
  readonly result: LevelResult;
  readonly attempt: Attempt;
}

/** The results screen. */
export class LevelEndScene extends Phaser.Scene {
  private readonly context: GameContext;
  private payload: LevelEndSceneData | null = null;

  constructor(context: GameContext) {
    super({ key: SCENES.levelEnd });
    this.context = context;
  }

  init(data: LevelEndSceneData): void {
    this.payload = data;
  }

  create(): void {
    const data = this.payload;
    if (!data) return;
    const { app, catalog, scores } = this.context;
    const locale = app.getState().locale;
    const tr = translator(locale);
    addOffice(this, locale);
    dimRoom(this, 0.5);
    if (data.result.stars >= 2) this.confetti(data.result.stars * 30);

    const entry = catalog.byKey(data.levelKey);
    const level = entry?.level;
    const title = level ? localize(level.title, locale, level.defaultLocale) : data.result.levelId;
    const layer = createLayer(this, this.context, 'menu-layer');
    enableArrowNavigation(layer);
    const next = this.nextLevel(data);
    const recordsOf = () =>
      endRecords({
        tr,
        locale,
        scores: scores.getState(),
        attempt: data.attempt,
        levelTitle: title,
        nextLocked: next.locked,
      });
    let records = recordsOf();
    const card = levelEndCard(
      tr,
      data.result,
      title,
      {
        playAgain: () => app.getState().show({ name: 'desk', levelKey: data.levelKey }),
        menu: () => app.getState().show({ name: 'menu' }),
        nextLevel: next.entry
          ? () => app.getState().show({ name: 'desk', levelKey: next.entry?.key ?? '' })
          : undefined,
      },
      {
        records,
        debrief: level ? renderDebrief({ level, attempt: data.attempt, locale, tr }) : null,
      },
    );
    layer.append(card);
    focus(card.querySelector<HTMLElement>('button.primary'));
    // The table fills in when the save lands (or offers a retry if it failed).
    const unsubscribe = scores.subscribe(() => {
      const fresh = recordsOf();
      records.replaceWith(fresh);
      records = fresh;
    });
    onShutdown(this, unsubscribe);
  }

  /** The open campaign level after this one, counting this play even before it is saved. */
  private nextLevel(data: LevelEndSceneData): { entry: CatalogEntry | undefined; locked: boolean } {
    const { catalog, scores } = this.context;
    const state = scores.getState();
    const played = { ...data.attempt, profileId: state.activeProfileId ?? data.attempt.profileId };
    const attempts = state.attempts.some((a) => a.id === played.id)
      ? state.attempts
      : [...state.attempts, played];
    const progress = computeProgress(
      catalog.entries(),
      CAMPAIGN_ORDER,
      attempts,
      state.activeProfileId ?? played.profileId,
    );
    const entry = nextCampaignLevel(progress, data.levelKey);
    const index = progress.campaign.findIndex((e) => e.key === data.levelKey);
    const following = index >= 0 ? progress.campaign[index + 1] : undefined;
    return { entry, locked: entry === undefined && following !== undefined };
  }

  private confetti(count: number): void {
    const colors = [PALETTE.orange, PALETTE.tealLight, PALETTE.fair, 0xe0565b, 0xffffff];
    for (let i = 0; i < count; i += 1) {
      const piece = this.add
        .rectangle(
          Math.random() * WIDTH,
          -20 - Math.random() * 200,
          8,
          14,
          colors[i % colors.length],
        )
        .setDepth(DEPTH.dim + 1)
        .setAngle(Math.random() * 180);
      this.tweens.add({
        targets: piece,
        y: HEIGHT + 40,
        angle: piece.angle + 360 + Math.random() * 360,
        x: piece.x + (Math.random() - 0.5) * 160,
        duration: 2600 + Math.random() * 2200,
        delay: Math.random() * 900,
        ease: 'Sine.easeIn',
        onComplete: () => piece.destroy(),
      });
    }
  }
}
