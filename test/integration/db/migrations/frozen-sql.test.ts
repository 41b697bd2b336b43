import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../db/engine';
import { migrations } from '../../../../db/migrations';
import { openDatabase } from '../../../../db/open';
import * as enums from '../../../../shared/store/enums';
import { makeTempDir } from '../../../support/temp';
import { openAtVersion, rawSchemaText } from './database-at-version';

const MIGRATIONS_DIR = join(__dirname, '../../../../db/migrations');
const migrationFiles = readdirSync(MIGRATIONS_DIR)
  .filter((name) => /^\d{4}-.+\.ts$/.test(name))
  .sort();

/** Why a migration file is not frozen literal SQL: value imports, `${…}` in a template, or SQL that is not a literal. */
function unfrozenParts(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) problems.push(`${where(node)} imports a runtime value: ${node.getText()}`);
    }
    if (ts.isImportEqualsDeclaration(node) || (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)) {
      problems.push(`${where(node)} imports at run time: ${node.getText()}`);
    }
    if (ts.isTemplateExpression(node)) problems.push(`${where(node)} interpolates into a template: ${node.getText().slice(0, 80)}`);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['exec', 'prepare'].includes(node.expression.name.text)) {
      const [sql] = node.arguments;
      if (!sql || !(ts.isNoSubstitutionTemplateLiteral(sql) || ts.isStringLiteral(sql))) {
        problems.push(`${where(node)} passes ${node.expression.name.text}() SQL that is not written out: ${sql?.getText() ?? '(nothing)'}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

describe('migrations are frozen literal SQL (editing shared/ cannot change what a migration creates)', () => {
  it('every migration in the list has its own file', () => {
    expect(migrationFiles).toEqual(migrations.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`));
  });

  it.each(migrationFiles)('%s imports only types and writes its SQL out in full', (fileName) => {
    expect(unfrozenParts(fileName, readFileSync(join(MIGRATIONS_DIR, fileName), 'utf8'))).toEqual([]);
  });

  // Purely additive migrations (CREATE …) need none; one that alters, drops or writes rows must show the rows come through.
  it.each(
    migrationFiles.filter((name) => /^\s*(ALTER|DROP|INSERT|UPDATE|DELETE|REPLACE)\b/im.test(readFileSync(join(MIGRATIONS_DIR, name), 'utf8'))),
  )('%s changes existing tables, so it has its data test migration-NNNN.test.ts', (fileName) => {
    expect(existsSync(join(__dirname, `migration-${fileName.slice(0, 4)}.test.ts`))).toBe(true);
  });

  it('the guard itself catches value imports, interpolation and built-up SQL, and lets type imports through', () => {
    const problemCount = (text: string) => unfrozenParts('probe.ts', text).length;
    expect(
      problemCount(`import type { Migration } from './types';\nimport { type Database } from 'better-sqlite3';\ndb.exec('CREATE TABLE t (a)');`),
    ).toBe(0);
    expect(problemCount(`import { skillLevels } from '../../shared/store/enums';`)).toBeGreaterThan(0);
    expect(problemCount(`import * as enums from '../../shared/store/enums';`)).toBeGreaterThan(0);
    expect(problemCount(`import './side-effect';`)).toBeGreaterThan(0);
    expect(problemCount('db.exec(`CREATE TABLE t (level TEXT CHECK (level IN (${list})))`);')).toBeGreaterThan(0);
    expect(problemCount("db.exec('CREATE TABLE t (' + columns + ')');")).toBeGreaterThan(0);
    expect(problemCount('db.prepare(sql).run();')).toBeGreaterThan(0);
  });
});

/** Which closed set of shared/store/enums.ts each CHECK (column IN (…)) of the schema was written from. */
const CHECKED_SETS: readonly { table: string; column: string; values: readonly string[] }[] = [
  { table: 'filings', column: 'kind', values: enums.institutionKinds },
  { table: 'filings', column: 'nature', values: enums.institutionNatures },
  { table: 'filed_levels', column: 'level', values: enums.skillLevels },
  { table: 'filed_occupations', column: 'origin', values: enums.filedScopeOrigins },
  { table: 'batches', column: 'level', values: enums.skillLevels },
  { table: 'candidates', column: 'result', values: enums.candidateResults },
  { table: 'candidates', column: 'not_uploaded_reason', values: enums.notUploadedReasons },
  { table: 'inspections', column: 'status', values: enums.inspectionStatuses },
  { table: 'findings', column: 'unit_kind', values: enums.sampledUnitKinds },
  { table: 'signatures', column: 'role', values: enums.signerRoles },
];

describe('the closed sets in shared/store/enums.ts agree with the CHECK lists the migrations wrote', () => {
  const temp = makeTempDir();
  let db: Database;
  beforeAll(() => {
    db = openDatabase(temp.file('fresh.sqlite'), { create: true }).db;
  });
  afterAll(() => {
    db.close();
    temp.cleanup();
  });

  // Fails when a value is added to or dropped from an enum without a migration that rebuilds the CHECK.
  it.each(CHECKED_SETS)('column $column of $table allows exactly the values of its enum', ({ table, column, values }) => {
    const { sql } = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as { sql: string };
    const list = new RegExp(`\\b${column} IN \\(([^)]*)\\)`).exec(sql)?.[1];
    expect(list, `no CHECK (${column} IN (…)) in ${table}`).toBeDefined();
    expect(list?.split(',').map((quoted) => quoted.trim().replace(/^'|'$/g, ''))).toEqual([...values]);
  });
});

/**
 * sha256 of the stored schema text (sqlite_master, byte for byte) after migrations 1..N, as each was released. A
 * mismatch means a released migration was edited: databases already at that version keep the old schema, so write a
 * new migration instead. A new migration appends its own line here.
 */
const RELEASED_SCHEMA_SHA256: readonly string[] = [
  '3a4b727faf8edcb0c06776b73515fdb73ab9729ac97eda1646714fdc477bcdff',
  'e9da32d7ced74f3727869395daa7fcd7001aa8c8849fc42caaf9989166ee05ff',
  'ee05999bd3f7717073e27a3714f05b8a71d9b243247a59bc663c3816869b0611',
  '30ff833e3a8340f59258078369681ceed43d2a1d0f1e0fc24a464c4b02c650a2',
  'e07f88099d88dcb1fa2e0fcdba162a1df09c5443527c249fc4336fb06a9a5da8',
  '53945de83623e762605b82db3d615360a8a0c15a21c15923dc9a8325683359e0',
  'b23428fc18704591271d28e51c48c4070466a953b1da6d4973023ca71876a730',
  '003c1b2568052fb8cd9e387408443d1d2be227b1340f4fdabd1d76ec9788a26b',
  '90be4a1e5039f81ee1088de1c420da358c4ff54df1511ffb440c24a4dbf85c33',
  '4c97dda86a07d69adc4be9f76a8bc0d2da42e129147b43acb99589a09f1f2e3a',
  'e86e153acf0a1785e605577888c27ce5d5f30b7ec7b2273f03c610083f4f274d',
  'b0f63995539003c81138c29a152ec2e1b16165e474edf2f9f818afff0a1d96dd',
  '2031cbc605506154157f7c7d5a3266ad45903c3eee8e8c2c963d409d64c8c33b',
  '98d8d1554515b236a400c07d19504cdeeec4396c1d05e4d652027d9f3a070694',
  'a596ded786928e71f7421441e43fd8cd42a3b0ffa35b852a44fb71aa7c48b987',
  'f3f1b6efa857cd68bffa83f84c8ed83340849ed0495bf408e9acd8c300ecea2c',
  'f8e1ee4dcd6db4b1edbfbc5662c772d6ba3ec72dbdf34cb74ca66f31c05c8b83',
];

describe('released migrations still create, byte for byte, the schema they created when released', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('every migration has a recorded schema', () => {
    expect(RELEASED_SCHEMA_SHA256).toHaveLength(migrations.length);
  });

  it.each(migrations.map((m) => m.version))('the schema at version %i', (version) => {
    const { db } = openAtVersion(temp.file(`v${version}.sqlite`), version, temp.dir);
    const text = rawSchemaText(db);
    db.close();
    const sha256 = createHash('sha256').update(text).digest('hex');
    expect(sha256, `schema at version ${version} is now:\n${text}`).toBe(RELEASED_SCHEMA_SHA256[version - 1]);
  });
});
