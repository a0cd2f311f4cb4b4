/**
 * Start-up health check of the scores database, and recovery when it fails: the damaged file
 * is moved aside, the newest backup that passes its own check is copied into place, and rows
 * still readable in the damaged file are salvaged on top of it.
 */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import type { StartupReport } from '../../../src/storage/scores/port.ts';
import { backupCandidates, checkConnection, checkDatabaseFile, moveAside } from './backup.ts';
import { configure, openConnection, openUnconfigured, upgradeSchema } from './connection.ts';
import { schemaVersion } from './migrations.ts';
import { salvageInto } from './salvage.ts';

/** SQLite's primary result codes that mean "this file is damaged" (CORRUPT, NOTADB). */
const DAMAGE_CODES = new Set([11, 26]);

function isDamageError(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && DAMAGE_CODES.has(code & 0xff);
}

type Inspection = { db: DatabaseSync } | { damage: string };

/**
 * Opens and checks a database file without writing to it. Damage (corruption, not a database,
 * failed integrity check) is returned; anything else (no permission, locked by another
 * program) is thrown, so a healthy file is never moved aside because of a passing problem.
 */
function inspect(path: string): Inspection {
  let db: DatabaseSync;
  try {
    db = openUnconfigured(path);
  } catch (error) {
    if (isDamageError(error)) return { damage: (error as Error).message };
    throw error;
  }
  const problem = checkConnection(db);
  if (problem === null) return { db };
  db.close();
  return { damage: problem };
}

/** Copies the newest healthy backup to `path`; returns the backup's path, or `null`. */
function restoreNewestBackup(path: string): string | null {
  const staging = `${path}.restoring`;
  for (const candidate of backupCandidates(path)) {
    if (checkDatabaseFile(candidate) !== null) continue;
    rmSync(staging, { force: true });
    copyFileSync(candidate, staging);
    renameSync(staging, path);
    return candidate;
  }
  return null;
}

/** Brings a freshly opened connection to the latest schema; closes it if that fails. */
function ready(db: DatabaseSync, path: string, now: () => Date): DatabaseSync {
  try {
    upgradeSchema(db, path, now);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens `path` at the latest schema, recovering if needed. Cases: healthy file (`ok`); no
 * file and no backup (`created`); damaged, missing or emptied file with a good backup
 * (`restored`); damaged with no good backup (`reset`: new empty store, damaged file kept).
 */
export function recoverDatabase(
  path: string,
  now: () => Date,
): { db: DatabaseSync; report: StartupReport } {
  let problem = 'the scores file was missing';
  let damagedFileKeptAt: string | undefined;

  if (existsSync(path)) {
    const inspection = inspect(path);
    if ('db' in inspection) {
      const empty = schemaVersion(inspection.db) === 0;
      if (!empty || backupCandidates(path).length === 0) {
        const report = empty ? createdReport() : okReport();
        return { db: ready(configure(inspection.db), path, now), report };
      }
      // A store is never empty once created, so an empty file next to backups lost its data.
      inspection.db.close();
      problem = 'the scores file was empty';
    } else {
      problem = `the scores file was damaged (${inspection.damage})`;
    }
    damagedFileKeptAt = moveAside(path, now());
  } else if (backupCandidates(path).length === 0) {
    return { db: ready(openConnection(path), path, now), report: createdReport() };
  }

  const restoredFrom = restoreNewestBackup(path);
  const db = ready(openConnection(path), path, now);
  const kept = damagedFileKeptAt === undefined ? {} : { damagedFileKeptAt };
  const keptNote =
    damagedFileKeptAt === undefined ? '' : ` The damaged file was kept at ${damagedFileKeptAt}.`;
  if (restoredFrom === null) {
    const message = `${capitalize(problem)} and no usable backup was found; started an empty score store.`;
    return { db, report: { status: 'reset', ...kept, message: message + keptNote } };
  }
  const salvaged = damagedFileKeptAt === undefined ? 0 : salvageInto(db, damagedFileKeptAt);
  const backupTime = statSync(restoredFrom).mtime.toISOString();
  const salvageNote =
    salvaged > 0 ? ` and recovered ${salvaged} newer attempt(s) from the damaged file` : '';
  return {
    db,
    report: {
      status: 'restored',
      restoredFrom,
      backupTakenAt: backupTime,
      ...kept,
      ...(salvaged > 0 ? { salvagedAttempts: salvaged } : {}),
      message: `${capitalize(problem)}; restored the backup from ${backupTime}${salvageNote}.${keptNote}`,
    },
  };
}

function okReport(): StartupReport {
  return { status: 'ok', message: 'Score store opened.' };
}

function createdReport(): StartupReport {
  return { status: 'created', message: 'Started a new score store.' };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
